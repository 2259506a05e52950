package kz.qoltanba.signing.tsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import kz.qoltanba.signing.algorithm.DigestAlgorithms;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.devpki.DevPkiServer;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Our client against the development PKI's real RFC 3161 TSA over HTTP, RSA and KZ GOST-2015/512. */
class DevPkiTimestampIT {
    private static final Instant NOW = Instant.parse("2026-09-01T12:00:00Z");
    private static final String KZ_STREEBOG_512 = "1.2.398.3.10.1.3.3";
    private static final byte[] DATA = "signature value to stamp".getBytes();
    private static DevPkiServer server;

    @BeforeAll
    static void start() throws Exception {
        server = DevPkiServer.start(0, Clock.fixed(NOW, ZoneOffset.UTC), new SecureRandom());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void whenRsaTsaStampsSha256_thenTheClientReturnsACheckedToken() throws Exception {
        TimeStampToken token =
                parse(TimestampClient.create(TsaConfig.of(server.pki().tsaUrl(KeyAlgorithm.RSA)))
                        .timestamp(DATA));

        assertThat(token.getTimeStampInfo().getGenTime().toInstant()).isEqualTo(NOW);
        assertThat(token.getTimeStampInfo().getMessageImprintDigest())
                .isEqualTo(MessageDigest.getInstance("SHA-256").digest(DATA));
        assertThat(signer(token).getEncryptionAlgOID()).isEqualTo("1.2.840.113549.1.1.11");
    }

    @Test
    void whenGostTsaStampsAKazakhStreebogImprint_thenTheTokenIsKazakhGostAndChecked() throws Exception {
        TimeStampToken token =
                parse(TimestampClient.create(TsaConfig.of(server.pki().tsaUrl(KeyAlgorithm.GOST2015_512))
                                .withDigest(KZ_STREEBOG_512))
                        .timestamp(DATA));

        assertThat(token.getTimeStampInfo().getMessageImprintAlgOID().getId()).isEqualTo(KZ_STREEBOG_512);
        assertThat(token.getTimeStampInfo().getMessageImprintDigest())
                .isEqualTo(DigestAlgorithms.newDigest(KZ_STREEBOG_512).digest(DATA));
        assertThat(signer(token).getEncryptionAlgOID()).isEqualTo("1.2.398.3.10.1.1.2.3.2");
    }

    @Test
    void whenTheTsaPolicyIsRequested_thenItIsGranted() throws Exception {
        TimeStampToken token = parse(TimestampClient.create(
                        TsaConfig.of(server.pki().tsaUrl(KeyAlgorithm.RSA)).withPolicy("1.2.398.3.3.2.6.4"))
                .timestamp(DATA));
        assertThat(token.getTimeStampInfo().getPolicy().getId()).isEqualTo("1.2.398.3.3.2.6.4");
    }

    @Test
    void whenAnUnknownPolicyIsRequested_thenTheRealTsaRejectsIt() {
        TsaConfig config = TsaConfig.of(server.pki().tsaUrl(KeyAlgorithm.RSA)).withPolicy("1.2.3.4.5");
        assertThatThrownBy(() -> TimestampClient.create(config).timestamp(DATA))
                .isInstanceOf(TimestampRejectedException.class)
                .hasMessageContaining("1.2.3.4.5");
    }

    private static TimeStampToken parse(byte[] token) throws Exception {
        return new TimeStampToken(new CMSSignedData(token));
    }

    private static SignerInformation signer(TimeStampToken token) {
        return token.toCMSSignedData().getSignerInfos().iterator().next();
    }
}
