package kz.qoltanba.signing.cms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kz.qoltanba.signing.MalformedInputException;
import kz.qoltanba.signing.UnsupportedAlgorithmException;
import kz.qoltanba.signing.algorithm.DigestAlgorithms;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.token.KeyEntry;
import kz.qoltanba.signing.tsp.TestCertificates;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAlgorithmProtection;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CmsSignerTest {
    private static final Instant NOW = Instant.parse("2026-09-01T10:15:30.250Z");
    private static final CmsOptions OPTIONS = CmsOptions.defaults().withClock(Clock.fixed(NOW, ZoneOffset.UTC));
    private static final byte[] CONTENT = "Қолтаңба: document to sign".getBytes(StandardCharsets.UTF_8);
    private static final Map<KeyAlgorithm, KeyEntry> KEYS = new EnumMap<>(KeyAlgorithm.class);

    @BeforeAll
    static void generateKeys() {
        for (KeyAlgorithm algorithm : KeyAlgorithm.values()) {
            KEYS.put(algorithm, new TestCertificates(algorithm, NOW).signingKey("Signer " + algorithm));
        }
    }

    private static CmsSigner signer(KeyAlgorithm algorithm, CmsOptions options) {
        return CmsSigner.create(KEYS.get(algorithm), options);
    }

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void whenSigningAttached_thenContentIsEmbeddedAndSignerVerifies(KeyAlgorithm algorithm) throws Exception {
        byte[] cms = signer(algorithm, OPTIONS).sign(CONTENT);

        CMSSignedData parsed = new CMSSignedData(cms);
        assertThat((byte[]) parsed.getSignedContent().getContent()).isEqualTo(CONTENT);
        assertThat(CmsChecks.verifySigners(cms, null)).containsExactly(true);
        assertThat(parsed.getCertificates().getMatches(null)).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void whenSigningDetached_thenContentIsAbsentAndOnlyTheRightContentVerifies(KeyAlgorithm algorithm)
            throws Exception {
        byte[] cms = signer(algorithm, OPTIONS.withDetached(true)).sign(CONTENT);

        assertThat(new CMSSignedData(cms).getSignedContent()).isNull();
        assertThat(CmsChecks.verifySigners(cms, CONTENT)).containsExactly(true);
        byte[] changed = CONTENT.clone();
        changed[0] ^= 1;
        assertThat(CmsChecks.verifySigners(cms, changed)).containsExactly(false);
    }

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void whenSigningADigest_thenItVerifiesAgainstTheContent(KeyAlgorithm algorithm) throws Exception {
        String digestOid = algorithm.digestOid();
        byte[] digest = DigestAlgorithms.newDigest(digestOid).digest(CONTENT);

        byte[] cms = signer(algorithm, OPTIONS).signDigest(digest, digestOid);

        assertThat(CmsChecks.verifySigners(cms, CONTENT)).containsExactly(true);
    }

    @Test
    void whenSigningAStream_thenTheDetachedSignatureVerifiesOverTheSameBytes() throws Exception {
        byte[] cms = signer(KeyAlgorithm.RSA, OPTIONS).sign(new ByteArrayInputStream(CONTENT));

        assertThat(new CMSSignedData(cms).getSignedContent()).isNull();
        assertThat(CmsChecks.verifySigners(cms, CONTENT)).containsExactly(true);
    }

    @Test
    void whenDigestHasTheWrongLength_thenMalformedInput() {
        assertThatThrownBy(() -> signer(KeyAlgorithm.RSA, OPTIONS).signDigest(new byte[20], TsaSha256.OID))
                .isInstanceOf(MalformedInputException.class)
                .hasMessageContaining("32 bytes, got 20");
    }

    @Test
    void whenDigestIsOfAnotherFamily_thenUnsupportedAlgorithm() {
        assertThatThrownBy(() -> signer(KeyAlgorithm.GOST2015_512, OPTIONS).signDigest(new byte[32], TsaSha256.OID))
                .isInstanceOf(UnsupportedAlgorithmException.class);
    }

    @Test
    void whenSigningSeveralDocuments_thenEachSignatureFitsOnlyItsOwnDocument() throws Exception {
        List<byte[]> documents = List.of("one".getBytes(), "two".getBytes(), "three".getBytes());
        List<byte[]> signatures =
                signer(KeyAlgorithm.GOST2015_512, OPTIONS.withDetached(true)).signAll(documents);

        assertThat(signatures).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(CmsChecks.verifySigners(signatures.get(i), documents.get(i)))
                    .containsExactly(true);
            assertThat(CmsChecks.verifySigners(signatures.get(i), documents.get((i + 1) % 3)))
                    .containsExactly(false);
        }
    }

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void whenSigned_thenSignedAttributesHoldTypeDigestTimeAndSigningCertificate(KeyAlgorithm algorithm)
            throws Exception {
        KeyEntry key = KEYS.get(algorithm);
        SignerInformation signer = new CMSSignedData(signer(algorithm, OPTIONS).sign(CONTENT))
                .getSignerInfos()
                .getSigners()
                .iterator()
                .next();
        AttributeTable attributes = signer.getSignedAttributes();

        assertThat(attributes.get(CMSAttributes.contentType).getAttrValues().getObjectAt(0))
                .isEqualTo(PKCSObjectIdentifiers.data);
        assertThat(ASN1OctetString.getInstance(attributes
                                .get(CMSAttributes.messageDigest)
                                .getAttrValues()
                                .getObjectAt(0))
                        .getOctets())
                .isEqualTo(DigestAlgorithms.newDigest(algorithm.digestOid()).digest(CONTENT));
        assertThat(Time.getInstance(attributes
                                .get(CMSAttributes.signingTime)
                                .getAttrValues()
                                .getObjectAt(0))
                        .getDate()
                        .toInstant())
                .isEqualTo(Instant.parse("2026-09-01T10:15:30Z"));
        SigningCertificateV2 signingCertificate = SigningCertificateV2.getInstance(attributes
                .get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)
                .getAttrValues()
                .getObjectAt(0));
        assertThat(signingCertificate.getCerts()[0].getCertHash())
                .isEqualTo(MessageDigest.getInstance("SHA-256")
                        .digest(key.certificate().getEncoded()));
        assertThat(signingCertificate
                        .getCerts()[0]
                        .getIssuerSerial()
                        .getSerial()
                        .getValue())
                .isEqualTo(key.certificate().getSerialNumber());
    }

    @Test
    void whenKazakhGost_thenSignerInfoIsSpelledAsKalkanSpellsIt() throws Exception {
        SignerInformation signer = new CMSSignedData(
                        signer(KeyAlgorithm.GOST2015_512, OPTIONS).sign(CONTENT))
                .getSignerInfos()
                .getSigners()
                .iterator()
                .next();

        assertThat(signer.getDigestAlgOID()).isEqualTo("1.2.398.3.10.1.3.3");
        assertThat(signer.getDigestAlgorithmID().getParameters()).isEqualTo(DERNull.INSTANCE);
        assertThat(signer.getEncryptionAlgOID()).isEqualTo("1.2.398.3.10.1.1.2.3.2");
        assertThat(signer.toASN1Structure().getDigestEncryptionAlgorithm().getParameters())
                .isEqualTo(DERNull.INSTANCE);
        assertThat(signer.getSignedAttributes().get(CMSAttributes.cmsAlgorithmProtect))
                .isNull();
        assertThat(signer.getSignature()).hasSize(128);
    }

    @Test
    void whenRsa_thenAlgorithmProtectionNamesTheSignerAlgorithms() throws Exception {
        SignerInformation signer = new CMSSignedData(
                        signer(KeyAlgorithm.RSA, OPTIONS).sign(CONTENT))
                .getSignerInfos()
                .getSigners()
                .iterator()
                .next();
        CMSAlgorithmProtection protection = CMSAlgorithmProtection.getInstance(signer.getSignedAttributes()
                .get(CMSAttributes.cmsAlgorithmProtect)
                .getAttrValues()
                .getObjectAt(0));

        assertThat(protection.getDigestAlgorithm().getAlgorithm().getId()).isEqualTo(TsaSha256.OID);
        assertThat(protection.getSignatureAlgorithm().getAlgorithm().getId()).isEqualTo("1.2.840.113549.1.1.11");
    }

    @Test
    void whenChainIsNotIncluded_thenOnlyTheSignerCertificateIsEmbedded() throws Exception {
        byte[] cms = signer(KeyAlgorithm.RSA, OPTIONS.withIncludeChain(false)).sign(CONTENT);
        assertThat(new CMSSignedData(cms).getCertificates().getMatches(null)).hasSize(1);
    }

    /** SHA-256's OID, spelled once. */
    private static final class TsaSha256 {
        static final String OID = "2.16.840.1.101.3.4.2.1";
    }
}
