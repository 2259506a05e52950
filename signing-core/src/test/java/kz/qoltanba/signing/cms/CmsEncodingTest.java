package kz.qoltanba.signing.cms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class CmsEncodingTest {
    private static final byte[] DER = {0x30, 0x03, 0x02, 0x01, 0x05};

    @Test
    void whenWrittenAsPem_thenLabelIsCmsAndItReadsBack() throws Exception {
        String pem = CmsEncoding.toPem(new byte[300]);
        assertThat(pem).startsWith("-----BEGIN CMS-----\n").endsWith("-----END CMS-----\n");
        assertThat(pem.lines().skip(1).limit(5)).allMatch(line -> line.length() <= 64);
        assertThat(CmsEncoding.decode(pem)).isEqualTo(new byte[300]);
    }

    @Test
    void whenPkcs7LabelOrCrlfBase64_thenDecoded() throws Exception {
        String b64 = Base64.getEncoder().encodeToString(DER);
        assertThat(CmsEncoding.decode("-----BEGIN PKCS7-----\r\n" + b64 + "\r\n-----END PKCS7-----\r\n"))
                .isEqualTo(DER);
        assertThat(CmsEncoding.decode(("  " + b64 + "\r\n").getBytes())).isEqualTo(DER);
        assertThat(CmsEncoding.decode(CmsEncoding.toBase64(DER))).isEqualTo(DER);
    }

    @Test
    void whenDer_thenReturnedAsIs() throws Exception {
        assertThat(CmsEncoding.decode(DER)).isEqualTo(DER);
    }
}
