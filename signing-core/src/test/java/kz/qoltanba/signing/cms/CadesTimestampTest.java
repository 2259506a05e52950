package kz.qoltanba.signing.cms;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.algorithm.SignerVerifiers;
import kz.qoltanba.signing.tsp.TestCertificates;
import kz.qoltanba.signing.tsp.TestTsa;
import kz.qoltanba.signing.tsp.TimestampClient;
import kz.qoltanba.signing.tsp.TsaConfig;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** CAdES-T: signature-time-stamps on new signatures and added to existing ones. */
class CadesTimestampTest {
    private static final Instant SIGNED = Instant.parse("2026-09-01T00:00:00Z");
    private static final Instant STAMPED = Instant.parse("2026-09-01T00:00:05Z");
    private static final byte[] CONTENT = "timestamped".getBytes();
    private static TestTsa tsa;
    private static TimestampClient client;

    @BeforeAll
    static void startTsa() {
        tsa = new TestTsa(
                new TestCertificates(KeyAlgorithm.RSA, SIGNED).tsaKey("Test TSA"),
                Clock.fixed(STAMPED, ZoneOffset.UTC));
        client = TimestampClient.create(TsaConfig.of(URI.create("http://tsa.invalid/")), tsa, new SecureRandom());
    }

    private static CmsOptions options() {
        return CmsOptions.defaults().withClock(Clock.fixed(SIGNED, ZoneOffset.UTC));
    }

    @Test
    void whenSigningWithATsa_thenTheSignerCarriesATokenOverItsSignatureValue() throws Exception {
        byte[] cms = CmsSigner.create(
                        new TestCertificates(KeyAlgorithm.GOST2015_512, SIGNED).signingKey("GOST signer"),
                        options().withTimestamps(client))
                .sign(CONTENT);

        assertThat(CmsChecks.verifySigners(cms, null)).containsExactly(true);
        assertTimestampCoversSignature(signers(cms).get(0));
    }

    @Test
    void whenAddingTimestampsToAnExistingCms_thenEachSignerGetsOneAndStillVerifies() throws Exception {
        byte[] first = CmsSigner.create(new TestCertificates(KeyAlgorithm.RSA, SIGNED).signingKey("First"), options())
                .sign(CONTENT);
        CmsSigner second = CmsSigner.create(
                new TestCertificates(KeyAlgorithm.GOST2015_512, SIGNED).signingKey("Second"),
                options().withTimestamps(client));
        byte[] twoSigners = CmsSigner.create(
                        new TestCertificates(KeyAlgorithm.RSA, SIGNED).signingKey("Plain"), options())
                .coSign(first);
        int before = tsa.requests().size();

        byte[] stamped = second.addTimestamp(twoSigners);

        assertThat(tsa.requests().size() - before).isEqualTo(2);
        assertThat(CmsChecks.verifySigners(stamped, null)).containsExactly(true, true);
        for (SignerInformation signer : signers(stamped)) {
            assertTimestampCoversSignature(signer);
        }
        byte[] again = second.addTimestamp(stamped);
        assertThat(tsa.requests().size() - before)
                .as("stamped signers are left alone")
                .isEqualTo(2);
        assertThat(again).isEqualTo(stamped);
    }

    @Test
    void whenCoSigningWithATsa_thenOnlyTheNewSignerIsStamped() throws Exception {
        byte[] first = CmsSigner.create(new TestCertificates(KeyAlgorithm.RSA, SIGNED).signingKey("First"), options())
                .sign(CONTENT);
        byte[] cosigned = CmsSigner.create(
                        new TestCertificates(KeyAlgorithm.RSA, SIGNED).signingKey("Second"),
                        options().withTimestamps(client))
                .coSign(first);

        List<SignerInformation> signers = signers(cosigned);
        assertThat(signers.get(0).getUnsignedAttributes()).isNull();
        assertTimestampCoversSignature(signers.get(1));
        assertThat(CmsChecks.verifySigners(cosigned, null)).containsExactly(true, true);
    }

    private static List<SignerInformation> signers(byte[] cms) throws Exception {
        return new ArrayList<>(new CMSSignedData(cms).getSignerInfos().getSigners());
    }

    private static void assertTimestampCoversSignature(SignerInformation signer) throws Exception {
        Attribute attribute = signer.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        assertThat(attribute).isNotNull();
        TimeStampToken token = new TimeStampToken(
                ContentInfo.getInstance(attribute.getAttrValues().getObjectAt(0)));
        assertThat(token.getTimeStampInfo().getMessageImprintDigest())
                .isEqualTo(MessageDigest.getInstance("SHA-256").digest(signer.getSignature()));
        assertThat(token.getTimeStampInfo().getGenTime().toInstant()).isEqualTo(STAMPED);
        assertThat(token.isSignatureValid(SignerVerifiers.of(
                        new X509CertificateHolder(tsa.key().certificate().getEncoded()))))
                .isTrue();
    }
}
