package kz.qoltanba.signing.devpki;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.token.KeyEntry;
import org.bouncycastle.asn1.x509.CRLReason;

/** The in-memory development PKI: one {@link Hierarchy} per algorithm, dated by an injected clock. */
final class DefaultDevPki implements DevPki {
    private final Endpoints endpoints;
    private final Clock clock;
    private final Map<KeyAlgorithm, Hierarchy> hierarchies;

    private DefaultDevPki(Endpoints endpoints, Clock clock, Map<KeyAlgorithm, Hierarchy> hierarchies) {
        this.endpoints = endpoints;
        this.clock = clock;
        this.hierarchies = hierarchies;
    }

    static DefaultDevPki generate(Endpoints endpoints, Clock clock, SecureRandom random, Set<KeyAlgorithm> algorithms)
            throws SigningException {
        if (algorithms.isEmpty() || !SUPPORTED_ALGORITHMS.containsAll(algorithms)) {
            throw new IllegalArgumentException(
                    "the development PKI generates " + SUPPORTED_ALGORITHMS + ", not " + algorithms);
        }
        Instant now = clock.instant();
        Map<KeyAlgorithm, Hierarchy> hierarchies = new EnumMap<>(KeyAlgorithm.class);
        for (KeyAlgorithm algorithm : algorithms) {
            hierarchies.put(algorithm, Hierarchy.generate(algorithm, endpoints, now, random));
        }
        return new DefaultDevPki(endpoints, clock, Collections.unmodifiableMap(hierarchies));
    }

    Hierarchy hierarchy(KeyAlgorithm algorithm) {
        Hierarchy hierarchy = hierarchies.get(algorithm);
        if (hierarchy == null) {
            throw new IllegalArgumentException("this development PKI has no " + algorithm + " hierarchy");
        }
        return hierarchy;
    }

    Clock clock() {
        return clock;
    }

    Endpoints endpoints() {
        return endpoints;
    }

    @Override
    public URI baseUrl() {
        return endpoints.base();
    }

    @Override
    public Set<KeyAlgorithm> algorithms() {
        return hierarchies.keySet();
    }

    @Override
    public KeyEntry root(KeyAlgorithm algorithm) {
        Hierarchy hierarchy = hierarchy(algorithm);
        return hierarchy.entryOf(hierarchy.root());
    }

    @Override
    public KeyEntry intermediate(KeyAlgorithm algorithm) {
        Hierarchy hierarchy = hierarchy(algorithm);
        return hierarchy.entryOf(hierarchy.intermediate());
    }

    @Override
    public KeyEntry untrustedRoot(KeyAlgorithm algorithm) {
        Hierarchy hierarchy = hierarchy(algorithm);
        return hierarchy.entryOf(hierarchy.untrustedRoot());
    }

    @Override
    public PersonaKey persona(Persona persona, KeyAlgorithm algorithm) {
        return hierarchy(algorithm).persona(persona);
    }

    @Override
    public void revoke(Persona persona, KeyAlgorithm algorithm, Instant at) {
        Hierarchy hierarchy = hierarchy(algorithm);
        hierarchy
                .issuerOf(persona)
                .revoke(hierarchy.persona(persona).certificate().getSerialNumber(), at, CRLReason.keyCompromise);
    }

    @Override
    public X509CRL crl(KeyAlgorithm algorithm) throws SigningException {
        return RevocationLists.complete(hierarchy(algorithm).intermediate(), clock.instant());
    }

    @Override
    public X509CRL deltaCrl(KeyAlgorithm algorithm) throws SigningException {
        return RevocationLists.delta(hierarchy(algorithm).intermediate(), clock.instant());
    }

    @Override
    public CertificateStatus status(X509Certificate certificate) {
        Optional<CertificateAuthority> issuer = issuerOf(certificate);
        if (issuer.isEmpty()) {
            return CertificateStatus.UNKNOWN;
        }
        return issuer.get()
                        .revocationAt(certificate.getSerialNumber(), clock.instant())
                        .isPresent()
                ? CertificateStatus.REVOKED
                : CertificateStatus.GOOD;
    }

    /** The CA of this PKI that issued {@code certificate}, matched by issuer name and serial. */
    Optional<CertificateAuthority> issuerOf(X509Certificate certificate) {
        return hierarchies.values().stream()
                .flatMap(h -> h.authorities().stream())
                .filter(ca -> ca.certificate().getSubjectX500Principal().equals(certificate.getIssuerX500Principal()))
                .filter(ca -> ca.hasIssued(certificate.getSerialNumber()))
                .findFirst();
    }

    @Override
    public URI crlUrl(KeyAlgorithm algorithm) {
        return endpoints.crl(hierarchy(algorithm).algorithm(), Endpoints.CaRole.INTERMEDIATE);
    }

    @Override
    public URI ocspUrl(KeyAlgorithm algorithm) {
        return endpoints.ocsp(hierarchy(algorithm).algorithm());
    }

    @Override
    public URI tsaUrl(KeyAlgorithm algorithm) {
        return endpoints.tsa(hierarchy(algorithm).algorithm());
    }

    @Override
    public void exportTo(Path directory, char[] password) throws IOException, SigningException {
        new PkiExport(this).writeTo(directory, password);
    }
}
