package kz.qoltanba.signing.validation;

import static kz.qoltanba.signing.testutil.SharedFixtures.certificate;
import static kz.qoltanba.signing.testutil.SharedFixtures.crl;
import static kz.qoltanba.signing.testutil.SharedFixtures.gost2015;
import static kz.qoltanba.signing.testutil.SharedFixtures.kalkan2020;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import kz.qoltanba.signing.UnsafeXmlException;
import kz.qoltanba.signing.testutil.SharedFixtures;
import kz.qoltanba.signing.token.KeyEntry;
import kz.qoltanba.signing.token.KeyStoreSource;
import kz.qoltanba.signing.token.KeyStores;
import kz.qoltanba.signing.token.StorageType;
import kz.qoltanba.signing.xml.XmlSignOptions;
import kz.qoltanba.signing.xml.XmlSigner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** XMLDSig: Kalkan-made samples, a real NCA key end to end, and unsafe input. */
class XmlVerificationTest {
    private final XmlVerifier verifier =
            XmlVerifier.create(RevocationTransport.offline(), new SecureRandom(), Duration.ZERO);

    static Stream<Path> kalkanXml() throws IOException {
        try (Stream<Path> files = Files.list(kalkan2020("cms-xml"))) {
            List<Path> xml =
                    files.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
            assertThat(xml).hasSize(8);
            return xml.stream();
        }
    }

    private static VerificationOptions kalkanInstant() {
        return VerificationOptions.builder()
                .clock(Clock.fixed(SharedFixtures.KALKAN2020_INSTANT, ZoneOffset.UTC))
                .build();
    }

    @ParameterizedTest
    @MethodSource("kalkanXml")
    void whenKalkanXmlHasNoCaCertificates_thenSignatureVerifiesButChainIsIndeterminate(Path file) throws Exception {
        ValidationReport report = verifier.verify(Files.readAllBytes(file), kalkanInstant());

        assertThat(report.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(report.subIndication()).contains(SubIndication.NO_CERTIFICATE_CHAIN_FOUND);
        SignerReport signer = report.signers().get(0);
        assertThat(signer.check(CheckName.MESSAGE_DIGEST).outcome()).isEqualTo(Outcome.PASSED);
        assertThat(signer.check(CheckName.SIGNATURE_VALUE).outcome()).isEqualTo(Outcome.PASSED);
        assertThat(signer.check(CheckName.CERTIFICATE_CHAIN).outcome()).isEqualTo(Outcome.NOT_CHECKED);
        assertThat(signer.check(CheckName.REVOCATION).outcome()).isEqualTo(Outcome.NOT_CHECKED);
        String name = file.getFileName().toString().replace(".xml", ".crt.pem");
        assertThat(signer.certificate()).contains(certificate(kalkan2020(name)));
    }

    @ParameterizedTest
    @MethodSource("kalkanXml")
    void whenKalkanXmlContentIsChanged_thenHashFailure(Path file) throws Exception {
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(xml).contains("<name>NCANode</name>");
        byte[] tampered =
                xml.replace("<name>NCANode</name>", "<name>NCANodE</name>").getBytes(StandardCharsets.UTF_8);

        ValidationReport report = verifier.verify(tampered, kalkanInstant());

        assertThat(report.indication()).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(report.subIndication()).contains(SubIndication.HASH_FAILURE);
    }

    @Test
    void whenRealNcaKeysSignXml_thenTheValidOnePassesAndTheRevokedOneIsRevoked() throws Exception {
        VerificationOptions options = VerificationOptions.builder()
                .trustAnchor(certificate(gost2015("root_test_gost_2022.cer")))
                .extraCertificate(certificate(gost2015("nca_gost2022_test.cer")))
                .crl(crl(gost2015("nca_gost2022_test.crl")))
                .revocationPolicy(RevocationPolicy.HARD)
                .clock(Clock.fixed(SharedFixtures.GOST2015_INSTANT, ZoneOffset.UTC))
                .build();
        byte[] document = "<payment><amount>100</amount></payment>".getBytes(StandardCharsets.UTF_8);

        ValidationReport valid = verifier.verify(
                XmlSigner.create().sign(document, key("legal__valid__head.p12"), XmlSignOptions.wholeDocument()),
                options);
        ValidationReport revoked = verifier.verify(
                XmlSigner.create()
                        .sign(
                                document,
                                key("individual__revoked__individual_revoked.p12"),
                                XmlSignOptions.wholeDocument()),
                options);

        assertThat(valid.indication()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(valid.signers().get(0).chain()).hasSize(3);
        assertThat(revoked.indication()).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(revoked.subIndication()).contains(SubIndication.REVOKED);
    }

    private static KeyEntry key(String file) throws Exception {
        try (KeyStoreSource store =
                KeyStores.open(StorageType.PKCS12, gost2015(file), SharedFixtures.PASSWORD.toCharArray())) {
            return store.keys().get(0);
        }
    }

    @Test
    void whenTheDocumentDeclaresAnExternalEntity_thenItIsRefused() {
        byte[] xxe = ("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>")
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> verifier.verify(xxe, kalkanInstant())).isInstanceOf(UnsafeXmlException.class);
    }

    @Test
    void whenTheDocumentIsNotSigned_thenTotalFailedWithoutSigners() throws Exception {
        ValidationReport report = verifier.verify("<r/>".getBytes(StandardCharsets.UTF_8), kalkanInstant());

        assertThat(report.indication()).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(report.signers()).isEmpty();
    }
}
