package kz.qoltanba.signing.devpki;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.token.KeyEntry;

/**
 * A Kazakh-like PKI generated in memory for development and tests: per algorithm (RSA-2048 and KZ
 * GOST-2015/512) a root, an NCA-like intermediate, a separate untrusted root and every {@link Persona}.
 * Certificates point (CRL distribution point, freshest CRL, AIA) at {@link #baseUrl()}, where
 * {@link DevPkiServer} serves CRLs, OCSP and time stamps.
 *
 * <p><strong>Development stand-in only</strong>: nothing in the library's production paths uses it.
 */
public interface DevPki {
    /** The hierarchies this PKI can generate. */
    Set<KeyAlgorithm> SUPPORTED_ALGORITHMS = Set.of(KeyAlgorithm.RSA, KeyAlgorithm.GOST2015_512);

    /** Generates both hierarchies with dates relative to {@code clock}'s current instant. */
    static DevPki generate(URI baseUrl, Clock clock, SecureRandom random) throws SigningException {
        return generate(baseUrl, clock, random, SUPPORTED_ALGORITHMS);
    }

    /** Generates the hierarchies of {@code algorithms} (a subset of {@link #SUPPORTED_ALGORITHMS}). */
    static DevPki generate(URI baseUrl, Clock clock, SecureRandom random, Set<KeyAlgorithm> algorithms)
            throws SigningException {
        return DefaultDevPki.generate(new Endpoints(baseUrl), clock, random, algorithms);
    }

    /** Where the certificates say their CRLs, CA certificates, OCSP and TSA are. */
    URI baseUrl();

    Set<KeyAlgorithm> algorithms();

    /** The trust anchor of {@code algorithm}'s hierarchy. */
    KeyEntry root(KeyAlgorithm algorithm);

    /** The NCA-like issuing CA under the root; chain: intermediate, root. */
    KeyEntry intermediate(KeyAlgorithm algorithm);

    /** The separate root that issued {@link Persona#UNTRUSTED}; no trust store should contain it. */
    KeyEntry untrustedRoot(KeyAlgorithm algorithm);

    PersonaKey persona(Persona persona, KeyAlgorithm algorithm);

    /** Revokes a persona's certificate (reason keyCompromise) from {@code at} on. */
    void revoke(Persona persona, KeyAlgorithm algorithm, Instant at);

    /** The intermediate's complete CRL, issued now (by the clock). */
    X509CRL crl(KeyAlgorithm algorithm) throws SigningException;

    /** The intermediate's delta CRL, issued now, over the complete CRL of the start of the UTC day. */
    X509CRL deltaCrl(KeyAlgorithm algorithm) throws SigningException;

    /** The revocation status of a certificate issued by one of the PKI's CAs, at the clock's instant. */
    CertificateStatus status(X509Certificate certificate);

    URI crlUrl(KeyAlgorithm algorithm);

    URI ocspUrl(KeyAlgorithm algorithm);

    URI tsaUrl(KeyAlgorithm algorithm);

    /**
     * Writes the PKI to {@code directory} (one folder per hierarchy, {@code rsa/} and {@code gost/}):
     * every CA certificate and persona certificate as PEM, each persona's key as a KZ-format PKCS#12
     * file protected by {@code password} (which is wiped afterwards), the current CRLs, and an
     * {@code INDEX.md} describing them.
     */
    void exportTo(Path directory, char[] password) throws IOException, SigningException;
}
