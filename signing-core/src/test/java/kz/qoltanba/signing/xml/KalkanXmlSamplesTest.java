package kz.qoltanba.signing.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.algorithm.Signatures;
import kz.qoltanba.signing.testutil.SharedFixtures;
import org.bouncycastle.asn1.x500.X500Name;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** XMLDSig made by NCA's Kalkan library (RSA and KZ GOST 34.310-2004) verifies here; tampered copies fail. */
class KalkanXmlSamplesTest {
    private final XmlSignatureVerifier verifier = XmlSignatureVerifier.create();

    static Stream<String> samples() throws Exception {
        try (Stream<Path> files = Files.list(SharedFixtures.kalkan2020("cms-xml"))) {
            List<String> names = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".xml"))
                    .sorted()
                    .toList();
            assertThat(names).hasSize(8);
            return names.stream();
        }
    }

    private static String read(String name) throws Exception {
        return Files.readString(SharedFixtures.kalkan2020("cms-xml").resolve(name), StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void whenKalkanSignedTheDocument_thenSignatureReferenceAndCertificateCheckOut(String name) throws Exception {
        KeyAlgorithm expected = name.contains("GOSTKNCA") ? KeyAlgorithm.GOST2004 : KeyAlgorithm.RSA;

        XmlSignatureCheck check =
                verifier.verify(read(name).getBytes(StandardCharsets.UTF_8)).get(0);

        assertThat(check.signatureValid()).isTrue();
        assertThat(check.referencesValid()).isTrue();
        assertThat(check.signatureMethod()).isEqualTo(expected.xmlSignatureUri());
        assertThat(check.references().get(0).digestMethod()).isEqualTo(expected.xmlDigestUri());
        assertThat(check.embedded()).hasSize(1);
        assertThat(check.signer()).contains(check.embedded().get(0));
        assertThat(Signatures.algorithmOf(check.signer().orElseThrow())).isEqualTo(expected);
        assertThat(X500Name.getInstance(check.signer()
                                .orElseThrow()
                                .getSubjectX500Principal()
                                .getEncoded())
                        .toString())
                .contains("SERIALNUMBER=IIN123456789011");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void whenKalkanSignedContentIsChanged_thenTheReferenceFails(String name) throws Exception {
        String tampered = read(name).replace("<name>NCANode</name>", "<name>NCANodf</name>");

        XmlSignatureCheck check =
                verifier.verify(tampered.getBytes(StandardCharsets.UTF_8)).get(0);

        assertThat(check.referencesValid()).isFalse();
        assertThat(check.valid()).isFalse();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void whenKalkanSignatureValueIsChanged_thenTheSignatureValueFails(String name) throws Exception {
        String xml = read(name);
        String value = xml.replaceAll("(?s).*<ds:SignatureValue>([^<]*)</ds:SignatureValue>.*", "$1");
        byte[] raw = Base64.getMimeDecoder().decode(value);
        raw[raw.length / 2] ^= 0x20;
        String tampered = xml.replace(value, Base64.getEncoder().encodeToString(raw));

        XmlSignatureCheck check =
                verifier.verify(tampered.getBytes(StandardCharsets.UTF_8)).get(0);

        assertThat(check.signatureValid()).isFalse();
        assertThat(check.referencesValid()).isTrue();
    }
}
