package kz.qoltanba.signing.cms;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import kz.qoltanba.signing.algorithm.DigestAlgorithms;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.devpki.DevPkiServer;
import kz.qoltanba.signing.devpki.Persona;
import kz.qoltanba.signing.tsp.TimestampClient;
import kz.qoltanba.signing.tsp.TsaConfig;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** CAdES-T end to end with the development PKI: a persona signs, the PKI's real TSA stamps. */
class CadesDevPkiIT {
    private static final Instant NOW = Instant.parse("2026-09-01T12:00:00Z");
    private static DevPkiServer server;

    @BeforeAll
    static void start() throws Exception {
        server = DevPkiServer.start(0, Clock.fixed(NOW, ZoneOffset.UTC), new SecureRandom());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @EnumSource(
            value = KeyAlgorithm.class,
            names = {"RSA", "GOST2015_512"})
    void whenAPersonaSignsWithTheTsaOfItsHierarchy_thenTheSignatureIsStampedAndVerifies(KeyAlgorithm algorithm)
            throws Exception {
        TsaConfig tsa = TsaConfig.of(server.pki().tsaUrl(algorithm)).withDigest(algorithm.digestOid());
        CmsSigner signer = CmsSigner.create(
                server.pki().persona(Persona.LEGAL_HEAD, algorithm).keyEntry(),
                CmsOptions.defaults()
                        .withClock(Clock.fixed(NOW, ZoneOffset.UTC))
                        .withTimestamps(TimestampClient.create(tsa)));

        byte[] cms = signer.sign("договор".getBytes());

        assertThat(CmsChecks.verifySigners(cms, null)).containsExactly(true);
        SignerInformation info =
                new CMSSignedData(cms).getSignerInfos().getSigners().iterator().next();
        TimeStampToken token = new TimeStampToken(ContentInfo.getInstance(info.getUnsignedAttributes()
                .get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken)
                .getAttrValues()
                .getObjectAt(0)));
        assertThat(token.getTimeStampInfo().getMessageImprintDigest())
                .isEqualTo(DigestAlgorithms.newDigest(algorithm.digestOid()).digest(info.getSignature()));
        assertThat(token.getTimeStampInfo().getGenTime().toInstant()).isEqualTo(NOW);
    }
}
