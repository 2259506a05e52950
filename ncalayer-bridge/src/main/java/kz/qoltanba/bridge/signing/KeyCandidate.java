package kz.qoltanba.bridge.signing;

import java.security.cert.X509Certificate;
import java.util.Objects;
import kz.qoltanba.signing.cert.CertificateInfo;

/**
 * A certificate the user may choose: it passed the request's filters.
 *
 * @param alias the key's alias in its storage
 * @param certificate the signer certificate
 * @param info what the certificate says (name, IIN, BIN, organisation, validity, purpose)
 */
public record KeyCandidate(String alias, X509Certificate certificate, CertificateInfo info) {
    public KeyCandidate {
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(info, "info");
    }
}
