package kz.qoltanba.signing.devpki;

import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.token.KeyEntry;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.util.encoders.Hex;

/**
 * One algorithm's hierarchy: a root, an NCA-like intermediate under it, a separate untrusted root, and
 * every persona's key. Dates are relative to the instant of generation.
 */
final class Hierarchy {
    private static final Duration DAY = Duration.ofDays(1);

    private final KeyAlgorithm algorithm;
    private final CertificateAuthority root;
    private final CertificateAuthority intermediate;
    private final CertificateAuthority untrustedRoot;
    private final Map<Persona, PersonaKey> personas;

    private Hierarchy(
            KeyAlgorithm algorithm,
            CertificateAuthority root,
            CertificateAuthority intermediate,
            CertificateAuthority untrustedRoot,
            Map<Persona, PersonaKey> personas) {
        this.algorithm = algorithm;
        this.root = root;
        this.intermediate = intermediate;
        this.untrustedRoot = untrustedRoot;
        this.personas = personas;
    }

    static Hierarchy generate(KeyAlgorithm algorithm, Endpoints endpoints, Instant now, SecureRandom random)
            throws SigningException {
        KeyPairs keyPairs = new KeyPairs(random);
        CertificateProfiles profiles = new CertificateProfiles(endpoints, algorithm);
        String family = algorithm.isGost() ? "(GOST)" : "(RSA)";
        CertificateAuthority root = CertificateAuthority.selfSigned(
                Endpoints.CaRole.ROOT,
                algorithm,
                keyPairs.generate(algorithm),
                caName("НЕГІЗГІ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ " + family + " DEV"),
                now.minus(DAY.multipliedBy(730)),
                now.plus(DAY.multipliedBy(3650)),
                profiles.root(),
                random);
        CertificateAuthority intermediate = CertificateAuthority.issuedBy(
                root,
                Endpoints.CaRole.INTERMEDIATE,
                keyPairs.generate(algorithm),
                caName("ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ " + family + " DEV"),
                now.minus(DAY.multipliedBy(365)),
                now.plus(DAY.multipliedBy(1825)),
                profiles.intermediate(),
                random);
        CertificateAuthority untrusted = CertificateAuthority.selfSigned(
                Endpoints.CaRole.UNTRUSTED_ROOT,
                algorithm,
                keyPairs.generate(algorithm),
                caName("UNTRUSTED ROOT " + family + " DEV"),
                now.minus(DAY.multipliedBy(730)),
                now.plus(DAY.multipliedBy(3650)),
                profiles.root(),
                random);
        Map<Persona, PersonaKey> personas = new EnumMap<>(Persona.class);
        for (Persona persona : Persona.values()) {
            CertificateAuthority issuer = persona.issuedByUntrustedRoot() ? untrusted : intermediate;
            KeyPair keys = keyPairs.generate(algorithm);
            Instant from = switch (persona.period()) {
                case CURRENT -> now.minus(DAY.multipliedBy(30));
                case EXPIRED -> now.minus(DAY.multipliedBy(400));
                case NOT_YET_VALID -> now.plus(DAY.multipliedBy(30));
            };
            X509Certificate certificate = issuer.issue(
                    persona.subject().toX500Name(),
                    keys.getPublic().getEncoded(),
                    from,
                    from.plus(DAY.multipliedBy(365)),
                    profiles.persona(persona, issuer.role()));
            List<X509Certificate> chain = new ArrayList<>();
            chain.add(certificate);
            chain.add(issuer.certificate());
            if (issuer == intermediate) {
                chain.add(root.certificate());
            }
            personas.put(
                    persona,
                    new PersonaKey(
                            persona,
                            algorithm,
                            new KeyEntry(alias(certificate), keys.getPrivate(), certificate, chain, null)));
        }
        intermediate.revoke(
                personas.get(Persona.REVOKED).certificate().getSerialNumber(), now.minus(DAY), CRLReason.keyCompromise);
        return new Hierarchy(algorithm, root, intermediate, untrusted, Collections.unmodifiableMap(personas));
    }

    private static X500Name caName(String commonName) {
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.CN, commonName)
                .addRDN(BCStyle.C, "KZ")
                .build();
    }

    /** NCA names a key by the hex SHA-1 of its public key, which is the subject key identifier here. */
    private static String alias(X509Certificate certificate) {
        byte[] extension =
                certificate.getExtensionValue(org.bouncycastle.asn1.x509.Extension.subjectKeyIdentifier.getId());
        byte[] keyId = org.bouncycastle.asn1.x509.SubjectKeyIdentifier.getInstance(
                        org.bouncycastle.asn1.ASN1OctetString.getInstance(extension)
                                .getOctets())
                .getKeyIdentifier();
        return Hex.toHexString(keyId);
    }

    KeyAlgorithm algorithm() {
        return algorithm;
    }

    CertificateAuthority root() {
        return root;
    }

    CertificateAuthority intermediate() {
        return intermediate;
    }

    CertificateAuthority untrustedRoot() {
        return untrustedRoot;
    }

    CertificateAuthority authority(Endpoints.CaRole role) {
        return switch (role) {
            case ROOT -> root;
            case INTERMEDIATE -> intermediate;
            case UNTRUSTED_ROOT -> untrustedRoot;
        };
    }

    List<CertificateAuthority> authorities() {
        return List.of(root, intermediate, untrustedRoot);
    }

    PersonaKey persona(Persona persona) {
        return personas.get(persona);
    }

    /** The CA that issued {@code persona}'s certificate. */
    CertificateAuthority issuerOf(Persona persona) {
        return persona.issuedByUntrustedRoot() ? untrustedRoot : intermediate;
    }

    KeyEntry entryOf(CertificateAuthority authority) {
        List<X509Certificate> chain = authority == intermediate
                ? List.of(intermediate.certificate(), root.certificate())
                : List.of(authority.certificate());
        return new KeyEntry(
                alias(authority.certificate()), authority.keys().getPrivate(), authority.certificate(), chain, null);
    }
}
