package kz.qoltanba.portal.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.qoltanba.signing.cert.KeyPurpose;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;

class SigningRulesTest {
    private static SigningSettings settings;

    /** Settings trusting one self-signed certificate, made once (no servers, one key). */
    private static synchronized SigningSettings settings() throws Exception {
        if (settings == null) {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            X500Name name = new X500Name("CN=Test root");
            Instant now = Instant.now();
            X509CertificateHolder holder = new JcaX509v3CertificateBuilder(
                            name,
                            BigInteger.ONE,
                            Date.from(now),
                            Date.from(now.plusSeconds(3600)),
                            name,
                            keys.getPublic())
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate()));
            X509Certificate root = new JcaX509CertificateConverter().getCertificate(holder);
            settings = SigningSettings.of(List.of(root), List.of(), "http://127.0.0.1:8080");
        }
        return settings;
    }

    @Test
    void whenTheOriginHasAPathOrTrailingSlash_thenOnlySchemeHostAndPortAreKept() {
        assertThat(SigningSettings.normaliseOrigin("https://portal.example.kz:8443/login/"))
                .isEqualTo("https://portal.example.kz:8443");
    }

    @Test
    void whenTheOriginIsNotAnHttpUrl_thenRefusedNamingTheField() {
        assertThatThrownBy(() -> SigningSettings.normaliseOrigin("ftp://x")).hasMessageStartingWith("origin:");
        assertThatThrownBy(() -> SigningSettings.normaliseOrigin(" ")).hasMessageStartingWith("origin:");
    }

    @Test
    void whenThereIsNoTrustAnchorOrTheLifetimeIsNotPositive_thenRefusedNamingTheField() throws Exception {
        assertThatThrownBy(() -> SigningSettings.of(List.of(), List.of(), "http://127.0.0.1:8080"))
                .hasMessageStartingWith("trustAnchors:");
        SigningSettings settings = settings();
        assertThatThrownBy(() -> settings.withRequestTtl(Duration.ZERO)).hasMessageStartingWith("requestTtl:");
    }

    @Test
    void whenARuleNamesAMalformedIinOrBinOrBothPurposes_thenRefused() {
        assertThatThrownBy(() -> SignerRule.legalSignature("12345", null)).hasMessageStartingWith("bin:");
        assertThatThrownBy(() -> SignerRule.individualSignature("abc")).hasMessageStartingWith("iin:");
        assertThatThrownBy(() -> new SignerRule(KeyPurpose.BOTH, SubjectKind.ANY, null, null))
                .hasMessageStartingWith("purpose:");
    }

    @Test
    void whenAnActionLacksItsObject_thenRefusedNamingTheField() {
        assertThatThrownBy(
                        () -> new SignedAction("SUBMIT", "application", " ", 1, SignerRule.individualSignature(null)))
                .hasMessageStartingWith("objectId");
    }

    @Test
    void whenARequestIsDescribedForThePage_thenTheKeyFiltersFollowTheRule() throws Exception {
        IssuedRequest request = new IssuedRequest(UUID.randomUUID(), "cms", "e30=", Instant.EPOCH);
        Map<String, Object> json =
                SignRequestJson.of(request, SignerRule.legalSignature("180540012345", null), settings());

        assertThat(json)
                .containsEntry("keyType", "SIGNATURE")
                .containsEntry("extKeyUsageOids", List.of("1.3.6.1.5.5.7.3.4", "1.2.398.3.3.4.1.2"))
                .containsEntry("bin", "180540012345");
        assertThat((List<?>) json.get("chain"))
                .isNotEmpty()
                .allMatch(p -> p.toString().startsWith("-----BEGIN"));
    }
}
