package kz.qoltanba.signing.cms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kz.qoltanba.signing.algorithm.Signatures;
import kz.qoltanba.signing.algorithm.SignerVerifiers;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessable;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSTypedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 2 GiB stream is signed in a JVM limited to 64 MiB of heap; the signature verifies over the stream. */
class LargeStreamSigningIT {
    private static final long TWO_GIB = 2L * 1024 * 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void whenSigningA2GibStreamWith64MibHeap_thenItSucceedsAndVerifiesOverTheSameStream() throws Exception {
        Path cms = dir.resolve("large.p7s");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(List.of(
                        java.toString(),
                        "-Xmx64m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        LargeStreamSigner.class.getName(),
                        Long.toString(TWO_GIB),
                        cms.toString()))
                .redirectErrorStream(true)
                .start();
        child.getOutputStream().close();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(300, TimeUnit.SECONDS)).isTrue();

        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).contains("signed " + TWO_GIB + " bytes").contains("max heap");
        assertThat(verifiesOverGeneratedStream(Files.readAllBytes(cms), TWO_GIB))
                .isTrue();
        assertThat(verifiesOverGeneratedStream(Files.readAllBytes(cms), 1024)).isFalse();
    }

    private static boolean verifiesOverGeneratedStream(byte[] cms, long length) throws Exception {
        CMSSignedData signedData = new CMSSignedData(new StreamedContent(length), cms);
        SignerInformation signer =
                signedData.getSignerInfos().getSigners().iterator().next();
        @SuppressWarnings("unchecked")
        X509CertificateHolder certificate = (X509CertificateHolder) signedData
                .getCertificates()
                .getMatches(signer.getSID())
                .iterator()
                .next();
        try {
            return signer.verify(SignerVerifiers.of(Signatures.publicKey(certificate.getSubjectPublicKeyInfo())));
        } catch (org.bouncycastle.cms.CMSSignerDigestMismatchException e) {
            return false;
        }
    }

    /** The generated stream as CMS content, written out again for verification. */
    private record StreamedContent(long length) implements CMSTypedData, CMSProcessable {
        @Override
        public void write(OutputStream out) throws IOException {
            try (GeneratedStream in = new GeneratedStream(length)) {
                in.transferTo(out);
            }
        }

        @Override
        public Object getContent() {
            return null;
        }

        @Override
        public ASN1ObjectIdentifier getContentType() {
            return org.bouncycastle.asn1.cms.CMSObjectIdentifiers.data;
        }
    }
}
