package kz.qoltanba.signing.validation;

import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.algorithm.Signatures;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.Extension;

/**
 * Builds a chain from a certificate to a trust anchor. The JDK's CertPathValidator cannot check KZ GOST
 * signatures, so each link is checked here: issuer name, AKI/SKI when both are present, the signature
 * under the issuer's key, and for every non-anchor CA basicConstraints cA with its path length, keyUsage
 * keyCertSign and validity at the judged time. Name constraints and certificate policies are not
 * processed. Candidates come from the CMS, the caller's certificates and the anchors;
 * several candidates with the same name are all tried.
 */
final class ChainBuilder {
    private static final int MAX_DEPTH = 8;
    private static final int KEY_CERT_SIGN = 5;

    private final List<X509Certificate> anchors;
    private final List<X509Certificate> candidates;

    ChainBuilder(Collection<X509Certificate> anchors, Collection<X509Certificate> pool) {
        this.anchors = List.copyOf(anchors);
        Set<X509Certificate> all = new LinkedHashSet<>(pool);
        all.addAll(anchors);
        this.candidates = List.copyOf(all);
    }

    /** The chain (leaf first, anchor last), or empty when no path to an anchor exists at {@code at}. */
    Optional<List<X509Certificate>> build(X509Certificate leaf, Instant at) {
        List<X509Certificate> path = new ArrayList<>();
        path.add(leaf);
        return extend(path, at);
    }

    boolean hasAnchors() {
        return !anchors.isEmpty();
    }

    private Optional<List<X509Certificate>> extend(List<X509Certificate> path, Instant at) {
        X509Certificate current = path.get(path.size() - 1);
        if (isAnchor(current)) {
            return Optional.of(List.copyOf(path));
        }
        if (path.size() > MAX_DEPTH) {
            return Optional.empty();
        }
        for (X509Certificate issuer : candidates) {
            if (path.contains(issuer) || !issues(issuer, current) || !usableAsCa(issuer, path.size() - 1, at)) {
                continue;
            }
            path.add(issuer);
            Optional<List<X509Certificate>> found = extend(path, at);
            if (found.isPresent()) {
                return found;
            }
            path.remove(path.size() - 1);
        }
        return Optional.empty();
    }

    private boolean isAnchor(X509Certificate certificate) {
        return anchors.stream().anyMatch(a -> a.equals(certificate));
    }

    /** Whether {@code issuer} signed {@code subject}: names, key identifiers, then the signature. */
    static boolean issues(X509Certificate issuer, X509Certificate subject) {
        if (!issuer.getSubjectX500Principal().equals(subject.getIssuerX500Principal())) {
            return false;
        }
        Optional<byte[]> aki = authorityKeyId(subject);
        Optional<byte[]> ski = subjectKeyId(issuer);
        if (aki.isPresent() && ski.isPresent() && !Arrays.equals(aki.get(), ski.get())) {
            return false;
        }
        try {
            PublicKey key = Signatures.publicKey(issuer);
            return Signatures.isCertificateSignedBy(subject, key);
        } catch (SigningException e) {
            return false;
        }
    }

    /** {@code below} counts the CA certificates between {@code issuer} and the leaf (pathLenConstraint). */
    private boolean usableAsCa(X509Certificate issuer, int below, Instant at) {
        if (isAnchor(issuer)) {
            return true;
        }
        boolean[] usage = issuer.getKeyUsage();
        boolean canSignCertificates = usage == null || usage.length > KEY_CERT_SIGN && usage[KEY_CERT_SIGN];
        return issuer.getBasicConstraints() >= below && canSignCertificates && Validity.isValidAt(issuer, at);
    }

    static Optional<byte[]> authorityKeyId(X509Certificate certificate) {
        byte[] value = certificate.getExtensionValue(Extension.authorityKeyIdentifier.getId());
        if (value == null) {
            return Optional.empty();
        }
        try {
            byte[] id = AuthorityKeyIdentifier.getInstance(
                            ASN1OctetString.getInstance(value).getOctets())
                    .getKeyIdentifierObject()
                    .getOctets();
            return Optional.of(id);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    static Optional<byte[]> subjectKeyId(X509Certificate certificate) {
        byte[] value = certificate.getExtensionValue(Extension.subjectKeyIdentifier.getId());
        if (value == null) {
            return Optional.empty();
        }
        try {
            byte[] inner = ASN1OctetString.getInstance(value).getOctets();
            return Optional.of(ASN1OctetString.getInstance(inner).getOctets());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
