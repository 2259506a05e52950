package kz.qoltanba.bridge.spi;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The host's signing service, registered by the host for module bundles. It asks the user (storage, password,
 * certificate, confirmation) and signs with the chosen key itself. Stages fail with
 * {@link UserCancelledException}, {@link NoSuitableCertificateException} or {@link HostSigningException}.
 */
public interface HostSigning {
    /** Lets the user choose a key and signs every document of the request with it. */
    CompletionStage<SignResult> sign(SignRequest request);

    /** Lets the user choose a certificate (no signature), e.g. for {@code getKeyInfo}. */
    CompletionStage<X509Certificate> chooseCertificate(String origin, String connectionId, KeyFilter filter);

    /**
     * The hardware storages (e.g. {@code AKKaztokenStore}) that have a device present; never {@code PKCS12}.
     * A host without token support answers an empty list.
     */
    default CompletionStage<List<String>> activeTokens() {
        return CompletableFuture.completedFuture(List.of());
    }

    /**
     * Signs XML documents ({@link SignatureFormat#XML}) with the signature placed as {@code placement} says.
     * A host that only signs whole documents answers a whole-document placement and refuses any other.
     */
    default CompletionStage<SignResult> signXml(SignRequest request, XmlPlacement placement) {
        if (placement.isWholeDocument()) {
            return sign(request);
        }
        return CompletableFuture.failedFuture(
                new HostSigningException("this host signs whole XML documents only, not XPath selections"));
    }

    /**
     * Adds an RFC 3161 signature timestamp, from the host's configured time-stamp service, to every signer of
     * a CMS SignedData (DER) that has none yet; answers the new DER.
     */
    default CompletionStage<byte[]> addTimestamp(String origin, String connectionId, byte[] cms) {
        return CompletableFuture.failedFuture(
                new HostSigningException("this host cannot add time-stamps to an existing signature"));
    }
}
