package kz.qoltanba.bundle.nursign;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import kz.qoltanba.bridge.spi.DigestSource;
import kz.qoltanba.bridge.spi.HostSigning;
import kz.qoltanba.bridge.spi.KeyFilter;
import kz.qoltanba.bridge.spi.SignRequest;
import kz.qoltanba.bridge.spi.SignResult;
import kz.qoltanba.bridge.spi.SignatureFormat;
import kz.qoltanba.signing.tsp.TimestampClient;
import kz.qoltanba.signing.tsp.TsaConfig;

/**
 * Asks the host to sign (in the module's language, the module's recent keys offered first), remembers the key
 * used, and time-stamps CMS signatures itself through the module's {@code tsa_url} and proxy.
 */
final class ModuleSigner {
    private final Supplier<HostSigning> host;
    private final RecentKeys recentKeys;
    private final Executor work;
    private final SecureRandom random = new SecureRandom();

    ModuleSigner(Supplier<HostSigning> host, RecentKeys recentKeys, Executor work) {
        this.host = host;
        this.recentKeys = recentKeys;
        this.work = work;
    }

    /** Signed XML documents, in order (failures: 9, or the host's cancel/password/certificate codes). */
    CompletionStage<List<byte[]>> signXml(Call call, List<byte[]> documents) throws NursignException {
        return sign(call, SignatureFormat.XML, documents, List.of(), false, ErrorCode.XML_FAILED);
    }

    /** Time-stamped attached CMS signatures, one per document. Any CMS or TSA failure is 10. */
    CompletionStage<List<byte[]>> signCms(Call call, List<byte[]> documents) throws NursignException {
        return sign(call, SignatureFormat.CMS, documents, List.of(), true, ErrorCode.CMS_FAILED)
                .thenApplyAsync(signatures -> timestamped(call, signatures), work);
    }

    /**
     * Time-stamped detached CMS signatures over files: {@code sha256s} are their SHA-256 digests, and the host asks
     * {@code sources} for the chosen key's digest (a GOST key needs its own). Any CMS or TSA failure is 10.
     */
    CompletionStage<List<byte[]>> signCmsOverFiles(Call call, List<byte[]> sha256s, List<DigestSource> sources)
            throws NursignException {
        return sign(call, SignatureFormat.CMS_OVER_DIGEST, sha256s, sources, false, ErrorCode.CMS_FAILED)
                .thenApplyAsync(signatures -> timestamped(call, signatures), work);
    }

    private CompletionStage<List<byte[]>> sign(
            Call call,
            SignatureFormat format,
            List<byte[]> documents,
            List<DigestSource> sources,
            boolean encapsulate,
            ErrorCode failureCode)
            throws NursignException {
        HostSigning signing = host.get();
        if (signing == null) {
            throw new NursignException(ErrorCode.OTHER, "The host's signing service is not available.");
        }
        int remembered = call.settings().certCount();
        SignRequest request = new SignRequest(
                call.origin(),
                call.connectionId(),
                format,
                documents,
                KeyFilter.any(),
                encapsulate,
                false,
                call.lang(),
                recentKeys.list(remembered),
                sources);
        return signing.sign(request).handle((result, failure) -> {
            if (failure != null) {
                throw new CompletionException(HostFailures.translate(failure, failureCode));
            }
            recentKeys.remember(result.keyLocation(), remembered);
            return signatures(result, documents.size(), failureCode);
        });
    }

    private static List<byte[]> signatures(SignResult result, int expected, ErrorCode failureCode) {
        if (result.signatures().size() != expected) {
            throw new CompletionException(new NursignException(
                    failureCode,
                    "The host answered " + result.signatures().size() + " signatures for " + expected + " documents."));
        }
        return result.signatures();
    }

    private List<byte[]> timestamped(Call call, List<byte[]> signatures) {
        TimestampClient tsa = TimestampClient.create(
                TsaConfig.of(call.settings().tsaUrl()), call.http().tsaTransport(), random);
        List<byte[]> stamped = new ArrayList<>();
        for (byte[] cms : signatures) {
            try {
                stamped.add(CmsTimestamps.add(cms, tsa));
            } catch (Exception e) {
                throw new CompletionException(new NursignException(
                        ErrorCode.CMS_FAILED,
                        "The time-stamp from " + call.settings().tsaUrl() + " could not be added: " + e.getMessage(),
                        e));
            }
        }
        return stamped;
    }
}
