package kz.qoltanba.bridge.modules.commonutils;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import kz.qoltanba.bridge.modules.Base64Text;
import kz.qoltanba.bridge.spi.HostSigning;
import kz.qoltanba.bridge.spi.SignRequest;
import kz.qoltanba.bridge.spi.SignatureFormat;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.util.CollectionStore;

/**
 * Shared by the CMS methods: decodes base64, reads a file the user chose on the same socket, asks the host
 * for a CMS and answers base64 DER. Data that is itself a CMS SignedData with its content is co-signed: the
 * new signer is added beside the existing ones, which stay untouched.
 */
final class CmsSigning {
    /** Largest file {@code *FromFile} reads into memory. */
    static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private static final String ID_DATA = "1.2.840.113549.1.7.1";

    private final HostSigning signing;
    private final KeyChoice keys;
    private final SessionState state;

    CmsSigning(HostSigning signing, KeyChoice keys, SessionState state) {
        this.signing = signing;
        this.keys = keys;
        this.state = state;
    }

    CompletionStage<JsonNode> sign(
            Call call, String storageName, String keyType, byte[] data, boolean attached, boolean timestamp)
            throws CommonUtilsException {
        Optional<CMSSignedData> existing = signedData(data);
        byte[] content = existing.isPresent() ? contentToCoSign(existing.get()) : data;
        boolean encapsulate = existing.isEmpty() && attached;
        return keys.filter(storageName, keyType)
                .thenCompose(filter -> signing.sign(new SignRequest(
                        call.origin(),
                        call.connectionId(),
                        SignatureFormat.CMS,
                        List.of(content),
                        filter,
                        encapsulate,
                        timestamp,
                        state.locale())))
                .thenApply(result -> {
                    byte[] der = result.signatures().get(0);
                    return base64Node(existing.isPresent() ? merge(existing.get(), der) : der);
                });
    }

    CompletionStage<JsonNode> signDigest(Call call, String storageName, String keyType, byte[] digest)
            throws CommonUtilsException {
        if (digest.length != 32 && digest.length != 64) {
            throw new CommonUtilsException("The hash has " + digest.length
                    + " bytes; a SHA-256, GOST 34.311 or Streebog-256 hash has 32 and a Streebog-512 hash 64.");
        }
        return keys.filter(storageName, keyType)
                .thenCompose(filter -> signing.sign(new SignRequest(
                        call.origin(),
                        call.connectionId(),
                        SignatureFormat.CMS_OVER_DIGEST,
                        List.of(digest),
                        filter,
                        false,
                        false,
                        state.locale())))
                .thenApply(result -> base64Node(result.signatures().get(0)));
    }

    static byte[] base64(String value, String argumentName) throws CommonUtilsException {
        return Base64Text.decode(value)
                .orElseThrow(() -> new CommonUtilsException("The argument " + argumentName + " is not valid base64."));
    }

    /** The bytes of a file the user chose with {@code showFileChooser} on this socket; nothing else is read. */
    byte[] chosenFile(Call call, String filePath) throws CommonUtilsException {
        Path path;
        try {
            path = Path.of(filePath);
        } catch (InvalidPathException e) {
            throw new CommonUtilsException("The file path is not valid.");
        }
        if (!path.isAbsolute() || !state.wasChosen(call.connectionId(), path)) {
            throw new CommonUtilsException("Only a file chosen with showFileChooser on this connection can be signed.");
        }
        try {
            if (Files.size(path) > MAX_FILE_BYTES) {
                throw new CommonUtilsException("The chosen file is larger than 64 MiB.");
            }
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new CommonUtilsException("The chosen file can no longer be read.");
        }
    }

    private static Optional<CMSSignedData> signedData(byte[] data) {
        if (data.length == 0 || data[0] != 0x30) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CMSSignedData(data));
        } catch (CMSException | RuntimeException notSignedData) {
            return Optional.empty();
        }
    }

    private static byte[] contentToCoSign(CMSSignedData existing) throws CommonUtilsException {
        if (existing.getSignedContent() == null) {
            throw new CommonUtilsException("The CMS to co-sign is detached: its content is not in it.");
        }
        if (!ID_DATA.equals(existing.getSignedContentTypeOID())) {
            throw new CommonUtilsException("Only a CMS over plain data (id-data) can be co-signed.");
        }
        return (byte[]) existing.getSignedContent().getContent();
    }

    private static byte[] merge(CMSSignedData existing, byte[] added) {
        try {
            CMSSignedData addition = new CMSSignedData(added);
            List<SignerInformation> signers =
                    new ArrayList<>(existing.getSignerInfos().getSigners());
            signers.addAll(addition.getSignerInfos().getSigners());
            List<X509CertificateHolder> certificates =
                    new ArrayList<>(existing.getCertificates().getMatches(null));
            for (X509CertificateHolder certificate : addition.getCertificates().getMatches(null)) {
                if (!certificates.contains(certificate)) {
                    certificates.add(certificate);
                }
            }
            CMSSignedData merged = CMSSignedData.replaceSigners(existing, new SignerInformationStore(signers));
            merged = CMSSignedData.replaceCertificatesAndCRLs(
                    merged,
                    new CollectionStore<>(certificates),
                    existing.getAttributeCertificates(),
                    existing.getCRLs());
            return merged.getEncoded("DER");
        } catch (CMSException | IOException e) {
            throw new CompletionException(new CommonUtilsException("The co-signature could not be added."));
        }
    }

    static JsonNode base64Node(byte[] der) {
        return JsonNodeFactory.instance.textNode(Base64.getEncoder().encodeToString(der));
    }
}
