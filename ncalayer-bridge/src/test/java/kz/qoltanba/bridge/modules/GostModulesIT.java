package kz.qoltanba.bridge.modules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import kz.qoltanba.bridge.ws.TestSocket;
import kz.qoltanba.signing.algorithm.DigestAlgorithms;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.cms.CmsEncoding;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The modules with Kazakh GOST-2015/512 keys: 64-byte Streebog digests, CMS and XML, all verified. */
class GostModulesIT {
    private static final byte[] DATA = "ГОСТ қолтаңба".getBytes(StandardCharsets.UTF_8);

    private static ModulesFixture fixture;
    private static TestSocket socket;

    @BeforeAll
    static void start() throws Exception {
        fixture = new ModulesFixture(KeyAlgorithm.GOST2015_512);
        socket = fixture.connect();
    }

    @AfterAll
    static void stop() throws Exception {
        fixture.close();
    }

    private static byte[] streebog512() throws Exception {
        return DigestAlgorithms.newDigest(KeyAlgorithm.GOST2015_512.digestOid()).digest(DATA);
    }

    @Test
    void whenGetKeyInfo_thenTheAlgorithmIsTheGostFamily() throws Exception {
        JsonNode info = fixture.call(
                        socket,
                        "{\"module\":\"kz.gov.pki.knca.commonUtils\",\"method\":\"getKeyInfo\","
                                + "\"args\":[\"PKCS12\"]}")
                .get("responseObject");
        assertThat(info.get("algorithm").asText()).isEqualTo("GOST2015_512");
    }

    @Test
    void whenA64ByteStreebogHashIsSigned_thenTheDetachedCmsVerifies() throws Exception {
        byte[] digest = streebog512();
        assertThat(digest).hasSize(64);
        JsonNode response = fixture.call(
                socket,
                "{\"module\":\"kz.gov.pki.knca.commonUtils\","
                        + "\"method\":\"createCAdESFromBase64Hash\",\"args\":[\"PKCS12\",\"SIGNATURE\",\""
                        + Base64.getEncoder().encodeToString(digest) + "\"]}");
        byte[] cms = Base64.getDecoder().decode(response.get("responseObject").asText());
        assertThat(ModulesFixture.passed(fixture.verifyDigest(cms, digest))).isTrue();
        assertThat(ModulesFixture.passed(fixture.verifyCms(cms, DATA))).isTrue();
    }

    @Test
    void whenBasicsSignsADigestAndAnAttachedCms_thenBothVerify() throws Exception {
        byte[] digest = streebog512();
        JsonNode response = fixture.call(
                socket,
                "{\"module\":\"kz.gov.pki.knca.basics\",\"method\":\"sign\",\"args\":"
                        + "{\"format\":\"cms\",\"data\":[\""
                        + Base64.getEncoder().encodeToString(digest) + "\"],"
                        + "\"signingParams\":{\"digested\":true},\"signerParams\":{\"extKeyUsageOids\":[]}}}");
        byte[] overDigest =
                CmsEncoding.decode(response.get("body").get("result").get(0).asText());
        assertThat(ModulesFixture.passed(fixture.verifyDigest(overDigest, digest)))
                .isTrue();
        JsonNode attached = fixture.call(
                socket,
                "{\"module\":\"kz.gov.pki.knca.basics\",\"method\":\"sign\",\"args\":"
                        + "{\"format\":\"cms\",\"data\":\"x\",\"signerParams\":{\"extKeyUsageOids\":[]}}}");
        byte[] cms =
                CmsEncoding.decode(attached.get("body").get("result").get(0).asText());
        assertThat(ModulesFixture.passed(fixture.verifyCms(cms, null))).isTrue();
    }

    @Test
    void whenSignXml_thenTheGostSignedXmlVerifies() throws Exception {
        JsonNode response = fixture.call(
                socket,
                "{\"module\":\"kz.gov.pki.knca.commonUtils\",\"method\":\"signXml\","
                        + "\"args\":[\"PKCS12\",\"SIGNATURE\",\"<doc><v>1</v></doc>\",\"\",\"\"]}");
        String signed = response.get("responseObject").asText();
        assertThat(signed).contains(KeyAlgorithm.GOST2015_512.xmlSignatureUri());
        assertThat(ModulesFixture.passed(fixture.verifyXml(signed.getBytes(StandardCharsets.UTF_8))))
                .isTrue();
    }
}
