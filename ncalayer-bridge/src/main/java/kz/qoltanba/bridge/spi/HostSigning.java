package kz.qoltanba.bridge.spi;

import java.security.cert.X509Certificate;
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
}
