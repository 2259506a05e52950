package kz.qoltanba.bridge.cli;

import static kz.qoltanba.bridge.cli.CliFixtures.PASSWORD_ENV;
import static kz.qoltanba.bridge.cli.CliFixtures.gost2015;
import static kz.qoltanba.bridge.cli.CliFixtures.kalkan2020;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import kz.qoltanba.signing.token.KeyEntry;
import kz.qoltanba.signing.token.KeyStoreSource;
import kz.qoltanba.signing.token.KeyStores;
import kz.qoltanba.signing.token.StorageType;
import kz.qoltanba.signing.validation.RevocationTransport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes 2 (usage) and 3 (runtime failure), their one-line messages, and {@code --verbose}. */
class CommandFailuresTest {
    private static final String KALKAN_SIGN = "personal__active__RSA256_11c707bd54cbfcccb3815e39c4eb57b1dc7dfea9.p12";
    private static final String KALKAN_AUTH =
            "organization__active__AUTH_RSA256_d682726b55b3e62600ea8fe1c74e75fc96f47790.p12";

    @TempDir
    Path dir;

    private final CliRun cli = CliRun.offlineAtGost2015Instant();

    private Path document() throws Exception {
        return Files.writeString(dir.resolve("doc.txt"), "content");
    }

    @Test
    void whenThePasswordIsWrong_thenExit3WithAClearMessageWithoutThePassword() throws Exception {
        CliRun wrong = new CliRun(
                Map.of(PASSWORD_ENV, "NotTheRightOne"), CliFixtures.GOST2015_INSTANT, RevocationTransport.offline());
        Path key = gost2015("legal__valid__head.p12");

        CliRun.Result sign = wrong.run(
                "sign",
                "--keystore",
                key.toString(),
                "--password-env",
                PASSWORD_ENV,
                "--format",
                "cms",
                "--in",
                document().toString(),
                "--out",
                dir.resolve("x.cms").toString());
        CliRun.Result keys = wrong.run("keys", "--keystore", key.toString(), "--password-env", PASSWORD_ENV);

        assertThat(sign.code()).isEqualTo(3);
        assertThat(sign.err()).contains("legal__valid__head.p12").contains("wrong password");
        assertThat(sign.err()).doesNotContain("NotTheRightOne").doesNotContain("\tat ");
        assertThat(keys.code()).isEqualTo(3);
        assertThat(Files.exists(dir.resolve("x.cms"))).isFalse();
    }

    @Test
    void whenAFileIsMissing_thenExit3NamingIt() throws Exception {
        Path missing = dir.resolve("missing.p12");

        CliRun.Result keys = cli.run("keys", "--keystore", missing.toString(), "--password-env", PASSWORD_ENV);
        CliRun.Result sign = cli.run(
                "sign",
                "--keystore",
                gost2015("legal__valid__head.p12").toString(),
                "--password-env",
                PASSWORD_ENV,
                "--format",
                "cms",
                "--in",
                dir.resolve("nothing.txt").toString(),
                "--out",
                dir.resolve("o").toString());
        CliRun.Result verify =
                cli.run("verify", "--in", dir.resolve("nothing.cms").toString());
        CliRun.Result cert =
                cli.run("cert-info", "--cert", dir.resolve("nothing.pem").toString());

        assertThat(keys.code()).isEqualTo(3);
        assertThat(keys.err()).contains("missing.p12");
        assertThat(sign.code()).isEqualTo(3);
        assertThat(sign.err())
                .contains("The input file")
                .contains("nothing.txt")
                .contains("does not exist");
        assertThat(verify.code()).isEqualTo(3);
        assertThat(verify.err()).contains("nothing.cms");
        assertThat(cert.code()).isEqualTo(3);
        assertThat(cert.err()).contains("nothing.pem");
    }

    @Test
    void whenOptionsAreBad_thenExit2() throws Exception {
        String key = gost2015("legal__valid__head.p12").toString();
        String in = document().toString();
        String out = dir.resolve("o").toString();

        assertThat(cli.run("sign", "--no-such-option").code()).isEqualTo(2);
        assertThat(cli.run(
                                "sign",
                                "--keystore",
                                key,
                                "--password-env",
                                PASSWORD_ENV,
                                "--format",
                                "pdf",
                                "--in",
                                in,
                                "--out",
                                out)
                        .code())
                .isEqualTo(2);
        assertThat(cli.run(
                                "sign",
                                "--keystore",
                                key,
                                "--password-env",
                                PASSWORD_ENV,
                                "--format",
                                "xml",
                                "--detached",
                                "--in",
                                in,
                                "--out",
                                out)
                        .code())
                .isEqualTo(2);
        assertThat(cli.run(
                                "sign",
                                "--keystore",
                                key,
                                "--password-env",
                                "UNSET_VARIABLE",
                                "--format",
                                "cms",
                                "--in",
                                in,
                                "--out",
                                out)
                        .err())
                .contains("UNSET_VARIABLE");
        assertThat(cli.run("verify", "--in", in, "--at", "yesterday").code()).isEqualTo(2);
        assertThat(cli.run("verify", "--in", in, "--revocation", "sometimes").code())
                .isEqualTo(2);
        assertThat(cli.run("cert-info", "--json").code()).isEqualTo(2);
        assertThat(cli.run("cert-info", "--cert", in, "--keystore", key, "--password-env", PASSWORD_ENV)
                        .code())
                .isEqualTo(2);
    }

    @Test
    void whenAKeyStoreHoldsSeveralKeysAndNoAliasIsGiven_thenExit2ListingTheAliases() throws Exception {
        Path twoKeys = twoKeyStore();

        CliRun.Result noAlias = cli.run("cert-info", "--keystore", twoKeys.toString(), "--password-env", PASSWORD_ENV);
        CliRun.Result withAlias = cli.run(
                "cert-info",
                "--keystore",
                twoKeys.toString(),
                "--password-env",
                PASSWORD_ENV,
                "--alias",
                "second",
                "--json");
        CliRun.Result listed =
                cli.run("keys", "--keystore", twoKeys.toString(), "--password-env", PASSWORD_ENV, "--json");

        assertThat(noAlias.code()).isEqualTo(2);
        assertThat(noAlias.err()).contains("--alias").contains("first").contains("second");
        assertThat(withAlias.code()).as(withAlias.err()).isZero();
        assertThat(withAlias.out()).contains("\"keyPurpose\" : \"AUTH\"").contains("\"alias\" : \"second\"");
        assertThat(listed.out()).contains("\"alias\" : \"first\"").contains("\"alias\" : \"second\"");
    }

    @Test
    void whenTheCertificateHasExpired_thenSigningIsRefusedUnlessAllowed() throws Exception {
        String key = kalkan2020(KALKAN_SIGN).toString();
        Path out = dir.resolve("old.cms");

        CliRun.Result refused = cli.run(
                "sign",
                "--keystore",
                key,
                "--password-env",
                PASSWORD_ENV,
                "--format",
                "cms",
                "--in",
                document().toString(),
                "--out",
                out.toString());
        assertThat(refused.code()).isEqualTo(3);
        assertThat(refused.err()).contains("expired");
        assertThat(Files.exists(out)).isFalse();

        CliRun.Result allowed = cli.run(
                "sign",
                "--keystore",
                key,
                "--password-env",
                PASSWORD_ENV,
                "--format",
                "cms",
                "--allow-expired",
                "--in",
                document().toString(),
                "--out",
                out.toString());
        assertThat(allowed.code()).as(allowed.err()).isZero();
        CliRun.Result verified = new CliRun(
                        Map.of(), Instant.parse("2020-06-01T00:00:00Z"), RevocationTransport.offline())
                .run("verify", "--in", out.toString(), "--revocation", "off");
        assertThat(verified.out())
                .startsWith("INDETERMINATE NO_CERTIFICATE_CHAIN_FOUND")
                .contains("SIGNATURE_VALUE: PASSED");
    }

    @Test
    void whenMainRunsAFailingCommand_thenVerboseAloneAddsTheStackTrace() {
        String missing = dir.resolve("missing.cms").toString();

        StringWriter quiet = new StringWriter();
        int quietCode = Main.run(
                new String[] {"verify", "--in", missing},
                Map.of(),
                new Properties(),
                b -> {},
                new PrintWriter(OutputStream.nullOutputStream()),
                new PrintWriter(quiet, true));
        StringWriter verbose = new StringWriter();
        int verboseCode = Main.run(
                new String[] {"verify", "--in", missing, "--verbose"},
                Map.of(),
                new Properties(),
                b -> {},
                new PrintWriter(OutputStream.nullOutputStream()),
                new PrintWriter(verbose, true));

        assertThat(quietCode).isEqualTo(3);
        assertThat(quiet.toString()).contains("missing.cms").doesNotContain("\tat ");
        assertThat(verboseCode).isEqualTo(3);
        assertThat(verbose.toString()).contains("CommandFailedException").contains("\tat ");
    }

    /** A JDK PKCS#12 with two NCA keys under the aliases "first" (SIGN) and "second" (AUTH). */
    private Path twoKeyStore() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        char[] password = CliFixtures.PASSWORD.toCharArray();
        add(store, "first", kalkan2020(KALKAN_SIGN), password);
        add(store, "second", kalkan2020(KALKAN_AUTH), password);
        Path file = dir.resolve("two.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, password);
        }
        return file;
    }

    private static void add(KeyStore store, String alias, Path file, char[] password) throws Exception {
        try (KeyStoreSource source = KeyStores.open(StorageType.PKCS12, file, password)) {
            KeyEntry key = source.keys().get(0);
            store.setKeyEntry(
                    alias, key.privateKey(), password, key.chain().toArray(java.security.cert.Certificate[]::new));
        }
    }

    @Test
    void whenHelpIsAsked_thenExit0AndEveryOptionIsListed() {
        CliRun.Result sign = cli.run("sign", "--help");
        CliRun.Result verify = cli.run("verify", "--help");
        CliRun.Result certInfo = cli.run("cert-info", "--help");
        CliRun.Result keys = cli.run("keys", "--help");

        assertThat(List.of(sign.code(), verify.code(), certInfo.code(), keys.code()))
                .containsOnly(0);
        assertThat(sign.out())
                .contains("--keystore", "--password-env", "--alias", "--format", "--detached", "--tsa")
                .contains("--allow-expired", "--out-format", "--in", "--out");
        assertThat(verify.out())
                .contains("--in", "--content", "--trust", "--crl", "--at", "--revocation", "--purpose", "--json");
        assertThat(certInfo.out()).contains("--cert", "--keystore", "--password-env", "--alias", "--json");
        assertThat(keys.out()).contains("--keystore", "--password-env", "--json");
    }
}
