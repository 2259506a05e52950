package kz.qoltanba.signing.devpki;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import kz.qoltanba.signing.SignatureCreationException;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.algorithm.Operators;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;

/**
 * One certification authority of the development PKI: its key and certificate, the certificates it
 * issued and the revocations recorded against them. Thread-safe: the servers read while tests revoke.
 */
final class CertificateAuthority {
    private final Endpoints.CaRole role;
    private final KeyAlgorithm algorithm;
    private final KeyPair keys;
    private final SecureRandom random;
    private final Map<BigInteger, X509Certificate> issued = new ConcurrentHashMap<>();
    private final Map<BigInteger, Revocation> revocations = new ConcurrentHashMap<>();
    private volatile X509Certificate certificate;

    private CertificateAuthority(Endpoints.CaRole role, KeyAlgorithm algorithm, KeyPair keys, SecureRandom random) {
        this.role = role;
        this.algorithm = algorithm;
        this.keys = keys;
        this.random = random;
    }

    /** A root: its certificate is self-signed with the extensions given. */
    static CertificateAuthority selfSigned(
            Endpoints.CaRole role,
            KeyAlgorithm algorithm,
            KeyPair keys,
            X500Name name,
            Instant from,
            Instant to,
            List<Extension> extensions,
            SecureRandom random)
            throws SigningException {
        CertificateAuthority root = new CertificateAuthority(role, algorithm, keys, random);
        root.certificate = root.sign(
                name, name, SubjectPublicKeyInfo.getInstance(keys.getPublic().getEncoded()), from, to, extensions);
        return root;
    }

    /** A subordinate CA whose certificate {@code issuer} signs. */
    static CertificateAuthority issuedBy(
            CertificateAuthority issuer,
            Endpoints.CaRole role,
            KeyPair keys,
            X500Name name,
            Instant from,
            Instant to,
            List<Extension> extensions,
            SecureRandom random)
            throws SigningException {
        CertificateAuthority ca = new CertificateAuthority(role, issuer.algorithm, keys, random);
        ca.certificate = issuer.issue(name, keys.getPublic().getEncoded(), from, to, extensions);
        return ca;
    }

    /** Issues a certificate; the CA adds the serial, SKI and AKI. */
    X509Certificate issue(X500Name subject, byte[] publicKeyInfo, Instant from, Instant to, List<Extension> extensions)
            throws SigningException {
        X509Certificate issuedCertificate = sign(
                X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()),
                subject,
                SubjectPublicKeyInfo.getInstance(publicKeyInfo),
                from,
                to,
                extensions);
        issued.put(issuedCertificate.getSerialNumber(), issuedCertificate);
        return issuedCertificate;
    }

    private X509Certificate sign(
            X500Name issuerName,
            X500Name subject,
            SubjectPublicKeyInfo key,
            Instant from,
            Instant to,
            List<Extension> extensions)
            throws SigningException {
        SubjectPublicKeyInfo issuerKey =
                SubjectPublicKeyInfo.getInstance(keys.getPublic().getEncoded());
        X509v3CertificateBuilder builder =
                new X509v3CertificateBuilder(issuerName, newSerial(), Date.from(from), Date.from(to), subject, key);
        try {
            for (Extension extension : extensions) {
                builder.addExtension(extension);
            }
            builder.addExtension(
                    Extension.subjectKeyIdentifier, false, new SubjectKeyIdentifier(KeyIdentifiers.of(key)));
            builder.addExtension(
                    Extension.authorityKeyIdentifier, false, new AuthorityKeyIdentifier(KeyIdentifiers.of(issuerKey)));
        } catch (CertIOException e) {
            throw new SignatureCreationException("cannot add a certificate extension: " + e.getMessage(), e);
        }
        X509CertificateHolder holder = builder.build(Operators.contentSigner(keys.getPrivate(), null));
        return toCertificate(holder);
    }

    static X509Certificate toCertificate(X509CertificateHolder holder) throws SignatureCreationException {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(holder.getEncoded()));
        } catch (CertificateException | IOException e) {
            throw new SignatureCreationException("cannot read back an issued certificate: " + e.getMessage(), e);
        }
    }

    /** A positive 20-byte serial number, as NCA's. */
    BigInteger newSerial() {
        byte[] bytes = new byte[20];
        random.nextBytes(bytes);
        bytes[0] = (byte) ((bytes[0] & 0x7f) | 0x10);
        return new BigInteger(bytes);
    }

    /** Records a revocation; a later call for the same serial replaces it. */
    void revoke(BigInteger serial, Instant at, int reason) {
        if (!issued.containsKey(serial)) {
            throw new IllegalArgumentException("serial " + serial.toString(16) + " was not issued by " + subject());
        }
        revocations.put(serial, new Revocation(serial, at, reason));
    }

    /** The revocation of {@code serial} that is in effect at {@code at}, if any. */
    Optional<Revocation> revocationAt(BigInteger serial, Instant at) {
        return Optional.ofNullable(revocations.get(serial))
                .filter(r -> !r.time().isAfter(at));
    }

    /** Revocations in effect at {@code at}, oldest first. */
    List<Revocation> revocationsAt(Instant at) {
        return revocations.values().stream()
                .filter(r -> !r.time().isAfter(at))
                .sorted(java.util.Comparator.comparing(Revocation::time))
                .toList();
    }

    boolean hasIssued(BigInteger serial) {
        return issued.containsKey(serial);
    }

    X509Certificate certificate() {
        return certificate;
    }

    KeyPair keys() {
        return keys;
    }

    KeyAlgorithm algorithm() {
        return algorithm;
    }

    Endpoints.CaRole role() {
        return role;
    }

    String subject() {
        return certificate == null
                ? role.name()
                : certificate.getSubjectX500Principal().getName();
    }

    /** One revocation entry: when and why (an RFC 5280 CRLReason code). */
    record Revocation(BigInteger serial, Instant time, int reason) {}
}
