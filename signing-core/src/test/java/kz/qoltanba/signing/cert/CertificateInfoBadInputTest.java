package kz.qoltanba.signing.cert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Base64;
import java.util.Random;
import kz.qoltanba.signing.MalformedInputException;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Garbage, truncated and odd certificates: typed errors or empty fields, never another exception. */
@Timeout(10)
class CertificateInfoBadInputTest {

    @Test
    void whenInputIsEmptyOrNull_thenMalformedInput() {
        assertThatThrownBy(() -> CertificateInfo.parse(new byte[0]))
                .isInstanceOf(MalformedInputException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> CertificateInfo.parse(null)).isInstanceOf(MalformedInputException.class);
    }

    @Test
    void whenInputIsRandomBytes_thenMalformedInput() {
        Random random = new Random(42);
        for (int i = 0; i < 200; i++) {
            byte[] garbage = new byte[1 + random.nextInt(600)];
            random.nextBytes(garbage);
            if (i % 2 == 0) {
                garbage[0] = 0x30;
            }
            assertThatThrownBy(() -> CertificateInfo.parse(garbage)).isInstanceOf(MalformedInputException.class);
        }
    }

    @Test
    void whenDerIsTruncatedAnywhere_thenMalformedInput() throws Exception {
        byte[] der = new TestCertificates()
                .subject("CN=Тест,SERIALNUMBER=IIN123456789011")
                .v3();
        for (int length = 1; length < der.length; length += 7) {
            byte[] truncated = Arrays.copyOf(der, length);
            assertThatThrownBy(() -> CertificateInfo.parse(truncated)).isInstanceOf(MalformedInputException.class);
        }
    }

    @Test
    void whenDerHasTrailingBytes_thenMalformedInput() throws Exception {
        byte[] der = new TestCertificates().v3();
        byte[] padded = Arrays.copyOf(der, der.length + 3);

        assertThatThrownBy(() -> CertificateInfo.parse(padded)).isInstanceOf(MalformedInputException.class);
    }

    @Test
    void whenDerClaimsAHugeLength_thenMalformedInputWithoutAllocatingIt() {
        byte[] header = {0x30, (byte) 0x84, 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x02, 0x01, 0x01};

        assertThatThrownBy(() -> CertificateInfo.parse(header)).isInstanceOf(MalformedInputException.class);
    }

    @Test
    void whenPemBodyIsGarbage_thenMalformedInput() {
        byte[] pem = "-----BEGIN CERTIFICATE-----\n!!!not base64***\n-----END CERTIFICATE-----\n"
                .getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> CertificateInfo.parse(pem)).isInstanceOf(MalformedInputException.class);
    }

    @Test
    void whenPemBlockIsNotACertificate_thenMalformedInputNamingItsType() throws Exception {
        String body = Base64.getMimeEncoder().encodeToString(new TestCertificates().v3());
        byte[] pem = ("-----BEGIN CMS-----\n" + body + "\n-----END CMS-----\n").getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> CertificateInfo.parse(pem))
                .isInstanceOf(MalformedInputException.class)
                .hasMessageContaining("CMS");
    }

    @Test
    void whenPemHasAnotherBlockBeforeTheCertificate_thenTheCertificateIsRead() throws Exception {
        byte[] der = new TestCertificates().subject("CN=Тест").v3();
        String body = Base64.getMimeEncoder().encodeToString(der);
        byte[] pem = ("-----BEGIN CMS-----\nMAMCAQU=\n-----END CMS-----\n-----BEGIN CERTIFICATE-----\n" + body
                        + "\n-----END CERTIFICATE-----\n")
                .getBytes(StandardCharsets.US_ASCII);

        assertThat(CertificateInfo.parse(pem)).isEqualTo(CertificateInfo.parse(der));
    }

    @Test
    void whenPemHasNoEndLine_thenMalformedInput() throws Exception {
        String body = Base64.getMimeEncoder().encodeToString(new TestCertificates().v3());
        byte[] pem = ("-----BEGIN CERTIFICATE-----\n" + body + "\n").getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> CertificateInfo.parse(pem)).isInstanceOf(MalformedInputException.class);
    }

    @Test
    void whenInputIsBareBase64OfACertificate_thenItIsRead() throws Exception {
        byte[] der = new TestCertificates().subject("CN=Тест").v3();
        byte[] base64 = Base64.getMimeEncoder().encode(der);

        assertThat(CertificateInfo.parse(base64)).isEqualTo(CertificateInfo.parse(der));
    }

    @Test
    void whenInputIsBase64OfGarbageOrNotBase64_thenMalformedInput() {
        byte[] notBase64 = "hello, world".getBytes(StandardCharsets.US_ASCII);
        byte[] base64OfText = Base64.getEncoder().encode("hello".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> CertificateInfo.parse(notBase64)).isInstanceOf(MalformedInputException.class);
        assertThatThrownBy(() -> CertificateInfo.parse(base64OfText)).isInstanceOf(MalformedInputException.class);
    }

    @Test
    void whenCertificateHasNoSubjectFieldsAndNoExtensions_thenEverythingOptionalIsEmpty() throws Exception {
        CertificateInfo info = CertificateInfo.parse(new TestCertificates()
                .subject(new X500Name(new org.bouncycastle.asn1.x500.RDN[0]))
                .v1());

        assertThat(info.subjectDn()).isEmpty();
        assertThat(info.issuerDn()).isEqualTo("C=KZ,CN=Test Issuer");
        assertThat(info.serialNumber()).isEqualTo("1");
        assertThat(info.commonName()).isNull();
        assertThat(info.surname()).isNull();
        assertThat(info.givenName()).isNull();
        assertThat(info.organization()).isNull();
        assertThat(info.iin()).isNull();
        assertThat(info.bin()).isNull();
        assertThat(info.email()).isNull();
        assertThat(info.country()).isNull();
        assertThat(info.subjectType()).isNull();
        assertThat(info.keyPurpose()).isNull();
        assertThat(info.roles()).isEmpty();
        assertThat(info.extendedKeyUsages()).isEmpty();
        assertThat(info.policies()).isEmpty();
        assertThat(info.keyUsages()).isEmpty();
        assertThat(info.crlUrls()).isEmpty();
        assertThat(info.ocspUrls()).isEmpty();
        assertThat(info.authorityKeyIdentifier()).isNull();
        assertThat(info.subjectKeyIdentifier()).isNull();
        assertThat(info.isCa()).isFalse();
        assertThat(info.notBefore()).isEqualTo(TestCertificates.NOT_BEFORE);
        assertThat(info.notAfter()).isEqualTo(TestCertificates.NOT_AFTER);
    }

    @Test
    void whenCertificateIsForeignWithAnUnsupportedKey_thenItIsReadWithoutAFamily() throws Exception {
        CertificateInfo info = CertificateInfo.parse(new TestCertificates()
                .subject("CN=www.example.com,O=Example Ltd,C=DE")
                .keyAlgorithm(X9ObjectIdentifiers.id_ecPublicKey.getId(), X9ObjectIdentifiers.prime256v1)
                .v3());

        assertThat(info.keyAlgorithm()).isNull();
        assertThat(info.keyAlgorithmOid()).isEqualTo("1.2.840.10045.2.1");
        assertThat(info.signatureAlgorithmOid()).isEqualTo("1.2.840.113549.1.1.11");
        assertThat(info.subjectType()).isNull();
        assertThat(info.country()).isEqualTo("DE");
        assertThat(info.subjectDn()).isEqualTo("C=DE,O=Example Ltd,CN=www.example.com");
    }

    @Test
    void whenAKnownExtensionHoldsGarbage_thenMalformedInputNamingTheSerial() throws Exception {
        byte[] der = new TestCertificates()
                .rawExtension(Extension.extendedKeyUsage, false, new byte[] {0x04, 0x02, 0x01})
                .v3();

        assertThatThrownBy(() -> CertificateInfo.parse(der))
                .isInstanceOf(MalformedInputException.class)
                .hasMessageContaining("a0b0c");
    }

    @Test
    void whenAnExtensionHasTheWrongStructure_thenMalformedInput() throws Exception {
        // a valid DER INTEGER where Authority Information Access expects a SEQUENCE
        byte[] der = new TestCertificates()
                .rawExtension(Extension.authorityInfoAccess, false, new byte[] {0x02, 0x01, 0x05})
                .v3();

        assertThatThrownBy(() -> CertificateInfo.parse(der)).isInstanceOf(MalformedInputException.class);
    }

    @Test
    void whenTheJdkAcceptsACertificateWithAnUnparseableExtension_thenOfReportsMalformedInput() throws Exception {
        byte[] der = new TestCertificates()
                .rawExtension(Extension.certificatePolicies, false, new byte[] {0x30, 0x03, 0x02, 0x01, 0x05})
                .v3();
        X509Certificate certificate = (X509Certificate)
                CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));

        assertThatThrownBy(() -> CertificateInfo.of(certificate)).isInstanceOf(MalformedInputException.class);
    }

    @Test
    void whenAnUnknownExtensionHoldsGarbage_thenItIsIgnored() throws Exception {
        byte[] der = new TestCertificates()
                .rawExtension(new ASN1ObjectIdentifier("1.2.398.3.3.5"), false, new byte[] {(byte) 0xff, 0x00})
                .v3();

        assertThat(CertificateInfo.parse(der).commonName()).isEqualTo("Test Subject");
    }
}
