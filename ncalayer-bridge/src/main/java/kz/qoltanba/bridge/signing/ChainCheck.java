package kz.qoltanba.bridge.signing;

import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.algorithm.Signatures;

/**
 * Whether a certificate chains up to one of a set of anchors: issuer names and signatures are followed
 * through the key's own chain and the extra certificates, every CA on the way valid at the given instant.
 * Signatures are checked with {@link Signatures} so that Kazakh GOST works.
 */
final class ChainCheck {
    private static final int MAX_DEPTH = 8;

    private ChainCheck() {}

    static boolean chainsTo(
            X509Certificate leaf, List<X509Certificate> pool, List<X509Certificate> anchors, Instant at) {
        X509Certificate current = leaf;
        List<X509Certificate> remaining = new ArrayList<>(pool);
        for (int depth = 0; depth < MAX_DEPTH; depth++) {
            for (X509Certificate anchor : anchors) {
                if (anchor.equals(current) || issuedBy(current, anchor)) {
                    return true;
                }
            }
            X509Certificate next = null;
            for (X509Certificate candidate : remaining) {
                if (!candidate.equals(current) && validAt(candidate, at) && issuedBy(current, candidate)) {
                    next = candidate;
                    break;
                }
            }
            if (next == null) {
                return false;
            }
            remaining.remove(next);
            current = next;
        }
        return false;
    }

    private static boolean issuedBy(X509Certificate certificate, X509Certificate issuer) {
        if (!certificate.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
            return false;
        }
        try {
            PublicKey key = Signatures.publicKey(issuer);
            return Signatures.isCertificateSignedBy(certificate, key);
        } catch (SigningException | RuntimeException e) {
            return false;
        }
    }

    private static boolean validAt(X509Certificate certificate, Instant at) {
        return !at.isBefore(certificate.getNotBefore().toInstant())
                && !at.isAfter(certificate.getNotAfter().toInstant());
    }
}
