package kz.qoltanba.signing.devpki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.PKIXRevocationChecker;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The JDK's own PKIX validator, an independent client, checks RSA personas against the development
 * OCSP responder (found through the certificates' AIA) and, with OCSP off, against the CRLs.
 */
class JdkRevocationCheckIT {
    private static final Instant NOW = Instant.parse("2026-03-15T10:00:00Z");
    private static final KeyAlgorithm RSA = KeyAlgorithm.RSA;
    private static DevPkiServer server;

    @BeforeAll
    static void start() throws Exception {
        server = DevPkiServer.start(0, new TestClock(NOW), new SecureRandom(), Set.of(RSA));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void whenPersonaIsGood_thenJdkValidatorAcceptsItsOcspAnswer() throws Exception {
        validate(Persona.LEGAL_SIGNING_RIGHT, EnumSet.of(PKIXRevocationChecker.Option.ONLY_END_ENTITY));
    }

    @Test
    void whenPersonaIsRevoked_thenJdkValidatorReportsRevokedFromOcsp() {
        assertThatThrownBy(() -> validate(Persona.REVOKED, EnumSet.of(PKIXRevocationChecker.Option.ONLY_END_ENTITY)))
                .isInstanceOf(CertPathValidatorException.class)
                .satisfies(e -> assertThat(((CertPathValidatorException) e).getReason())
                        .isEqualTo(CertPathValidatorException.BasicReason.REVOKED));
    }

    @Test
    void whenOnlyCrlsAreUsed_thenJdkValidatorFindsTheRevocationInTheServedCrl() {
        assertThatThrownBy(() -> validate(
                        Persona.REVOKED,
                        EnumSet.of(
                                PKIXRevocationChecker.Option.PREFER_CRLS,
                                PKIXRevocationChecker.Option.NO_FALLBACK,
                                PKIXRevocationChecker.Option.ONLY_END_ENTITY)))
                .isInstanceOf(CertPathValidatorException.class)
                .satisfies(e -> assertThat(((CertPathValidatorException) e).getReason())
                        .isEqualTo(CertPathValidatorException.BasicReason.REVOKED));
    }

    @Test
    void whenOnlyCrlsAreUsedForAGoodPersona_thenJdkValidatorAcceptsTheServedCrl() throws Exception {
        validate(
                Persona.LEGAL_HEAD,
                EnumSet.of(
                        PKIXRevocationChecker.Option.PREFER_CRLS,
                        PKIXRevocationChecker.Option.NO_FALLBACK,
                        PKIXRevocationChecker.Option.ONLY_END_ENTITY));
    }

    private static void validate(Persona persona, Set<PKIXRevocationChecker.Option> options) throws Exception {
        X509Certificate leaf = server.pki().persona(persona, RSA).certificate();
        X509Certificate intermediate = server.pki().intermediate(RSA).certificate();
        CertPathValidator validator = CertPathValidator.getInstance("PKIX");
        PKIXRevocationChecker checker = (PKIXRevocationChecker) validator.getRevocationChecker();
        checker.setOptions(options);
        PKIXParameters parameters =
                new PKIXParameters(Set.of(new TrustAnchor(server.pki().root(RSA).certificate(), null)));
        parameters.setDate(Date.from(NOW.plusSeconds(60)));
        parameters.addCertPathChecker(checker);
        validator.validate(
                CertificateFactory.getInstance("X.509").generateCertPath(List.of(leaf, intermediate)), parameters);
    }
}
