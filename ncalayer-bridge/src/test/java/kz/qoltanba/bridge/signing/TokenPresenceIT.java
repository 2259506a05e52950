package kz.qoltanba.bridge.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import kz.qoltanba.signing.testutil.Prerequisites;
import kz.qoltanba.signing.token.Pkcs11Libraries;
import kz.qoltanba.signing.token.SoftHsm;
import kz.qoltanba.signing.token.StorageType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A token storage is active only when its library's slot holds an initialised token. SoftHSM2 reads its
 * configuration once per process, so each case probes in its own JVM over its own token folder.
 */
class TokenPresenceIT {
    @TempDir
    Path folder;

    /** Run in a child JVM: prints whether the KAZTOKEN storage, served by SoftHSM2, has a token present. */
    public static void main(String[] args) {
        if (args.length > 1 && args[1].equals("repeat")) {
            SunPkcs11SlotProbe probe = new SunPkcs11SlotProbe();
            StringBuilder slots = new StringBuilder();
            for (int i = 0; i < 20; i++) {
                slots.append(probe.firstTokenSlot(Path.of(args[0])).orElse(-1)).append(' ');
            }
            System.out.println("slots=" + slots.toString().strip() + " providers=" + probe.providersMade());
            return;
        }
        Pkcs11Libraries libraries = new Pkcs11Libraries(Map.of(StorageType.KAZTOKEN, Path.of(args[0])));
        TokenPresence presence = TokenPresence.overSunPkcs11(libraries, Clock.systemUTC());
        System.out.println("present=" + presence.present(StorageType.KAZTOKEN) + " slot="
                + presence.slot(StorageType.KAZTOKEN).orElse(-1));
    }

    private static void requireSoftHsm() {
        boolean utility = List.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)).stream()
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "softhsm2-util")));
        Prerequisites.require(
                utility && Files.isRegularFile(SoftHsm.LIBRARY), "SoftHSM2 is not installed (apt install softhsm2)");
    }

    private Path configuration() throws Exception {
        Path tokens = Files.createDirectories(folder.resolve("tokens"));
        return Files.writeString(
                folder.resolve("softhsm2.conf"),
                "directories.tokendir = " + tokens + "\nobjectstore.backend = file\nlog.level = ERROR\n");
    }

    private static String run(Path configuration, List<String> command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("SOFTHSM2_CONF", configuration.toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    private static String probe(Path configuration, String... more) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return run(
                configuration,
                List.of(
                        java.toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        TokenPresenceIT.class.getName(),
                        SoftHsm.LIBRARY.toString(),
                        more.length > 0 ? more[0] : "once"));
    }

    @Test
    void whenTheLibraryHasNoInitialisedToken_thenTheStorageIsNotActive() throws Exception {
        requireSoftHsm();
        Path configuration = configuration();

        assertThat(probe(configuration)).contains("present=false slot=-1");
    }

    @Test
    void whenAnInitialisedTokenIsInASlot_thenTheStorageIsActiveAtThatSlot() throws Exception {
        requireSoftHsm();
        Path configuration = configuration();
        initialiseToken(configuration);

        assertThat(probe(configuration)).contains("present=true slot=0");
    }

    @Test
    void whenProbedAgainAndAgain_thenOneProviderServesTheSlot() throws Exception {
        requireSoftHsm();
        Path configuration = configuration();
        initialiseToken(configuration);

        assertThat(probe(configuration, "repeat"))
                .contains("slots=0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 providers=1");
    }

    /** Puts an initialised token (label "present") into the first free slot of the configured SoftHSM. */
    private static void initialiseToken(Path configuration) throws Exception {
        run(
                configuration,
                List.of(
                        "softhsm2-util",
                        "--init-token",
                        "--free",
                        "--label",
                        "present",
                        "--so-pin",
                        "1234",
                        "--pin",
                        "5678"));
    }
}
