package kz.qoltanba.signing.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.testutil.SharedFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** OpenSSL, an independent PKCS#12 implementation, reads the key files we write, MAC included. */
class Pkcs12OpensslIT {
    private static final String PASSWORD = "Qwerty12-our";
    private static final Pattern PEM =
            Pattern.compile("-----BEGIN ([A-Z ]+)-----\\s+([A-Za-z0-9+/=\\s]+?)-----END \\1-----");

    private static Path openssl;

    @TempDir
    Path directory;

    @BeforeAll
    static void requireOpenssl() {
        openssl = TokenTools.require("openssl", "openssl");
    }

    private record Written(Path file, List<X509Certificate> chain, KeyPair leaf) {}

    private Written write(KeyAlgorithm algorithm) throws Exception {
        return write(algorithm, true);
    }

    private Written write(KeyAlgorithm algorithm, boolean withRoot) throws Exception {
        KeyPair root = TokenTestKeys.keyPair(algorithm);
        X509Certificate rootCertificate = TokenTestKeys.selfSigned("CN=Root,C=KZ", root);
        KeyPair leaf = TokenTestKeys.keyPair(algorithm);
        X509Certificate leafCertificate = TokenTestKeys.certificate(
                "CN=Leaf,C=KZ",
                leaf.getPublic(),
                "CN=Root,C=KZ",
                root.getPrivate(),
                TokenTestKeys.NOT_BEFORE,
                TokenTestKeys.NOT_AFTER);
        Path file = directory.resolve(algorithm + ".p12");
        List<X509Certificate> chain = withRoot ? List.of(leafCertificate, rootCertificate) : List.of(leafCertificate);
        KeyFiles.writePkcs12(file, leaf.getPrivate(), chain, PASSWORD.toCharArray());
        return new Written(file, chain, leaf);
    }

    @ParameterizedTest
    @EnumSource(
            value = KeyAlgorithm.class,
            names = {"RSA", "GOST2015_512", "GOST2004"})
    void whenOpensslReadsOurFile_thenTheMacVerifiesAndItFindsOurCertificates(KeyAlgorithm algorithm) throws Exception {
        Written written = write(algorithm);

        Result result = openssl("pkcs12", "-in", written.file().toString(), "-nokeys", "-legacy");

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(certificates(result.output())).containsExactlyInAnyOrderElementsOf(written.chain());
    }

    @Test
    void whenOpensslIsGivenAWrongPassword_thenItsMacCheckFails() throws Exception {
        Written written = write(KeyAlgorithm.GOST2015_512);

        Result result =
                openssl("pkcs12", "-in", written.file().toString(), "-nokeys", "-legacy", "-passin", "pass:not-it");

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output()).containsIgnoringCase("mac verify");
    }

    @Test
    void whenOpensslDescribesOurFile_thenItsLayoutIsThatOfNcaFiles() throws Exception {
        Written written = write(KeyAlgorithm.GOST2015_512, false);
        Path nca = SharedFixtures.gost2015("legal__valid__head.p12");

        List<String> ours = layout(openssl("pkcs12", "-in", written.file().toString(), "-info", "-nokeys", "-legacy"));
        List<String> theirs = layout(
                openssl("pkcs12", "-in", nca.toString(), "-info", "-nokeys", "-legacy", "-passin", "pass:Qwerty12"));

        assertThat(ours)
                .contains(
                        "MAC: sha1, Iteration 1024",
                        "Shrouded Keybag: pbeWithSHA1And3-KeyTripleDES-CBC, Iteration 1024")
                .isEqualTo(theirs);
    }

    @Test
    void whenOpensslExportsOurRsaKey_thenItIsTheKeyWeWrote() throws Exception {
        Written written = write(KeyAlgorithm.RSA);

        Result result = openssl("pkcs12", "-in", written.file().toString(), "-nocerts", "-nodes", "-legacy");

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(pem(result.output(), "PRIVATE KEY"))
                .singleElement()
                .isEqualTo(written.leaf().getPrivate().getEncoded());
    }

    /** The lines of {@code -info} output that describe structure, not content. */
    private static List<String> layout(Result result) {
        assertThat(result.exitCode()).as(result.output()).isZero();
        return result.output()
                .lines()
                .filter(line -> line.startsWith("MAC")
                        || line.startsWith("PKCS7")
                        || line.contains("Keybag")
                        || line.startsWith("Certificate bag"))
                .toList();
    }

    private static List<X509Certificate> certificates(String output) throws Exception {
        List<X509Certificate> certificates = new ArrayList<>();
        for (byte[] der : pem(output, "CERTIFICATE")) {
            certificates.add((X509Certificate)
                    CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der)));
        }
        return certificates;
    }

    private static List<byte[]> pem(String output, String type) {
        List<byte[]> blocks = new ArrayList<>();
        Matcher matcher = PEM.matcher(output);
        while (matcher.find()) {
            if (matcher.group(1).equals(type)) {
                blocks.add(Base64.getMimeDecoder().decode(matcher.group(2)));
            }
        }
        return blocks;
    }

    private record Result(int exitCode, String output) {}

    private static Result openssl(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(openssl.toString()));
        command.addAll(List.of(arguments));
        if (!command.contains("-passin")) {
            command.addAll(List.of("-passin", "env:QOLTANBA_P12_PASSWORD"));
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("QOLTANBA_P12_PASSWORD", PASSWORD);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }
}
