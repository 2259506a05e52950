package kz.qoltanba.signing.cert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.security.auth.x500.X500Principal;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules of kz-pki.md §1 on generated certificates, for the combinations the fixtures lack. */
class CertificateInfoRulesTest {
    private static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";
    private static final String EMAIL_PROTECTION = "1.3.6.1.5.5.7.3.4";

    private static ExtendedKeyUsage eku(String... oids) {
        KeyPurposeId[] ids = new KeyPurposeId[oids.length];
        for (int i = 0; i < oids.length; i++) {
            ids[i] = KeyPurposeId.getInstance(new ASN1ObjectIdentifier(oids[i]));
        }
        return new ExtendedKeyUsage(ids);
    }

    private static CertificateInfo withEkuAndKeyUsage(ExtendedKeyUsage eku, int keyUsageBits) throws Exception {
        TestCertificates certificates = new TestCertificates().subject("CN=Someone");
        if (eku != null) {
            certificates.extension(Extension.extendedKeyUsage, false, eku);
        }
        if (keyUsageBits != 0) {
            certificates.extension(Extension.keyUsage, true, new KeyUsage(keyUsageBits));
        }
        return CertificateInfo.parse(certificates.v3());
    }

    @Test
    void whenEkuHasClientAuthAndEmailProtection_thenPurposeIsBoth() throws Exception {
        CertificateInfo info = withEkuAndKeyUsage(eku(CLIENT_AUTH, EMAIL_PROTECTION), 0);

        assertThat(info.keyPurpose()).isEqualTo(KeyPurpose.BOTH);
        assertThat(info.permits(KeyPurpose.AUTH)).isTrue();
        assertThat(info.permits(KeyPurpose.SIGN)).isTrue();
    }

    @Test
    void whenEkuHasClientAuthOnly_thenPurposeIsAuthEvenWithNonRepudiation() throws Exception {
        CertificateInfo info = withEkuAndKeyUsage(eku(CLIENT_AUTH), KeyUsage.nonRepudiation);

        assertThat(info.keyPurpose()).isEqualTo(KeyPurpose.AUTH);
        assertThat(info.permits(KeyPurpose.SIGN)).isFalse();
    }

    @Test
    void whenNoEkuAndKeyEnciphermentWithoutNonRepudiation_thenPurposeIsAuth() throws Exception {
        CertificateInfo info = withEkuAndKeyUsage(null, KeyUsage.digitalSignature | KeyUsage.keyEncipherment);

        assertThat(info.keyPurpose()).isEqualTo(KeyPurpose.AUTH);
        assertThat(info.keyUsages())
                .containsExactly(
                        kz.qoltanba.signing.cert.KeyUsage.DIGITAL_SIGNATURE,
                        kz.qoltanba.signing.cert.KeyUsage.KEY_ENCIPHERMENT);
    }

    @Test
    void whenNoEkuAndNonRepudiation_thenPurposeIsSign() throws Exception {
        CertificateInfo info = withEkuAndKeyUsage(null, KeyUsage.nonRepudiation | KeyUsage.keyEncipherment);

        assertThat(info.keyPurpose()).isEqualTo(KeyPurpose.SIGN);
    }

    @Test
    void whenNeitherEkuNorKeyUsageDecides_thenPurposeIsNull() throws Exception {
        CertificateInfo info = withEkuAndKeyUsage(eku("1.3.6.1.5.5.7.3.1"), KeyUsage.digitalSignature);

        assertThat(info.keyPurpose()).isNull();
        assertThat(info.permits(KeyPurpose.SIGN)).isFalse();
    }

    @Test
    void whenOnlyALegalSubRoleIsInEku_thenSubjectIsLegalEntityWithThatRole() throws Exception {
        CertificateInfo info =
                withEkuAndKeyUsage(eku(EMAIL_PROTECTION, "1.2.398.3.3.4.1.2.3", "1.2.398.3.3.4.1.2.4"), 0);

        assertThat(info.subjectType()).isEqualTo(SubjectType.LEGAL_ENTITY);
        assertThat(info.roles()).containsExactly(Role.FINANCE, Role.HR);
    }

    @Test
    void whenInformationSystemRoleAndIin_thenSubjectIsInformationSystem() throws Exception {
        CertificateInfo info = CertificateInfo.parse(new TestCertificates()
                .subject("CN=ИС Тест,SERIALNUMBER=IIN123456789011")
                .extension(Extension.extendedKeyUsage, false, eku("1.2.398.3.3.4.1.2.6"))
                .v3());

        assertThat(info.subjectType()).isEqualTo(SubjectType.INFORMATION_SYSTEM);
        assertThat(info.roles()).containsExactly(Role.INFORMATION_SYSTEM);
    }

    @Test
    void whenOnlyIinAndNoEku_thenSubjectIsIndividual() throws Exception {
        CertificateInfo info = CertificateInfo.parse(new TestCertificates()
                .subject("CN=Тестов Тест,SERIALNUMBER=IIN123456789011,C=KZ")
                .v3());

        assertThat(info.iin()).isEqualTo("123456789011");
        assertThat(info.bin()).isNull();
        assertThat(info.subjectType()).isEqualTo(SubjectType.INDIVIDUAL);
        assertThat(info.roles()).isEmpty();
    }

    @Test
    void whenBinIsInSerialNumber_thenBinIsReadAndSubjectIsLegalEntity() throws Exception {
        CertificateInfo info = CertificateInfo.parse(new TestCertificates()
                .subject("CN=АО Тест,SERIALNUMBER=BIN123456789021,C=KZ")
                .v3());

        assertThat(info.bin()).isEqualTo("123456789021");
        assertThat(info.iin()).isNull();
        assertThat(info.subjectType()).isEqualTo(SubjectType.LEGAL_ENTITY);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "IIN12345678901",
                "IIN1234567890123",
                "IIN12345678901A",
                "123456789011",
                "IIN 123456789011",
                "IIN١٢٣٤٥٦٧٨٩٠١١"
            })
    void whenSerialNumberIsNotIinWithTwelveDigits_thenNoIinIsReported(String serialNumber) throws Exception {
        CertificateInfo info = CertificateInfo.parse(new TestCertificates()
                .subject(new X500NameBuilder()
                        .addRDN(BCStyle.CN, "Someone")
                        .addRDN(BCStyle.SERIALNUMBER, new DERUTF8String(serialNumber))
                        .build())
                .v3());

        assertThat(info.iin()).isNull();
        assertThat(info.subjectType()).isNull();
    }

    @ParameterizedTest
    @CsvSource({
        "1.2.840.113549.1.1.1, RSA",
        "1.2.398.3.10.1.1.1.1, GOST2004",
        "1.2.398.3.10.1.1.2.1, GOST2015_256",
        "1.2.398.3.10.1.1.2.2, GOST2015_512",
        "1.2.643.7.1.1.1.1, GOST2012_256",
        "1.2.643.7.1.1.1.2, GOST2012_512"
    })
    void whenSubjectKeyIsOfASupportedFamily_thenTheFamilyIsReported(String keyOid, KeyAlgorithm family)
            throws Exception {
        CertificateInfo info = CertificateInfo.parse(
                new TestCertificates().keyAlgorithm(keyOid, DERNull.INSTANCE).v3());

        assertThat(info.keyAlgorithm()).isEqualTo(family);
        assertThat(info.keyAlgorithmOid()).isEqualTo(keyOid);
    }

    @Test
    void whenEmailIsInTheSubject_thenItIsReported() throws Exception {
        CertificateInfo info = CertificateInfo.parse(new TestCertificates()
                .subject("CN=Тест,E=test@example.kz")
                .extension(
                        Extension.subjectAlternativeName,
                        false,
                        new GeneralNames(new GeneralName(GeneralName.rfc822Name, "other@example.kz")))
                .v3());

        assertThat(info.email()).isEqualTo("test@example.kz");
        assertThat(info.subjectDn()).isEqualTo("EMAILADDRESS=test@example.kz,CN=Тест");
    }

    @Test
    void whenEmailIsOnlyInSubjectAlternativeName_thenItIsReported() throws Exception {
        CertificateInfo info = CertificateInfo.parse(new TestCertificates()
                .extension(
                        Extension.subjectAlternativeName,
                        false,
                        new GeneralNames(new GeneralName(GeneralName.rfc822Name, "other@example.kz")))
                .v3());

        assertThat(info.email()).isEqualTo("other@example.kz");
    }

    @Test
    void whenDnHasSpecialCharactersAndAMultiValuedRdn_thenTheRfc4514StringEscapesAndRoundTrips() throws Exception {
        X500NameBuilder name = new X500NameBuilder()
                .addRDN(BCStyle.C, "KZ")
                .addRDN(BCStyle.O, "ТОО \"Ақ, жол\"")
                .addMultiValuedRDN(new ASN1ObjectIdentifier[] {BCStyle.CN, BCStyle.SERIALNUMBER}, new ASN1Encodable[] {
                    new DERUTF8String("#Ерлан + Тест"), new DERPrintableString("IIN123456789011")
                });
        byte[] der = new TestCertificates().subject(name.build()).v3();

        CertificateInfo info = CertificateInfo.parse(der);

        // DER sorts the members of a multi-valued RDN by their encoding: the shorter SERIALNUMBER comes first
        assertThat(info.subjectDn())
                .isEqualTo("SERIALNUMBER=IIN123456789011+CN=\\#Ерлан \\+ Тест,O=ТОО \\\"Ақ\\, жол\\\",C=KZ");
        assertThat(info.iin()).isEqualTo("123456789011");
        X500Principal original = new X500Principal(name.build().getEncoded());
        assertThat(new X500Principal(info.subjectDn()).getName(X500Principal.CANONICAL))
                .isEqualTo(original.getName(X500Principal.CANONICAL));
    }

    @Test
    void whenPurposesAreCompared_thenBothPermitsEitherAndAuthOrSignOnlyItself() {
        assertThat(List.of(KeyPurpose.AUTH, KeyPurpose.SIGN, KeyPurpose.BOTH)).allMatch(KeyPurpose.BOTH::permits);
        assertThat(KeyPurpose.AUTH.permits(KeyPurpose.SIGN)).isFalse();
        assertThat(KeyPurpose.SIGN.permits(KeyPurpose.AUTH)).isFalse();
        assertThat(KeyPurpose.SIGN.permits(KeyPurpose.BOTH)).isFalse();
        assertThat(KeyPurpose.AUTH.permits(KeyPurpose.AUTH)).isTrue();
    }
}
