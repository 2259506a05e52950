package kz.qoltanba.signing.token;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.qoltanba.signing.testutil.Prerequisites;

/**
 * A real SoftHSM2 installation driven for tests: writes the configuration file the JVM was told about
 * through {@code SOFTHSM2_CONF} (set by Maven), with a fresh token directory, and creates tokens with
 * {@code softhsm2-util}. Create every token before the first PKCS#11 call: SoftHSM2 reads its
 * configuration once per process.
 */
public final class SoftHsm {
    public static final Path LIBRARY = Path.of("/usr/lib/softhsm/libsofthsm2.so");
    private static final Pattern REASSIGNED = Pattern.compile("reassigned to slot (\\d+)");

    private final Path configuration;
    private final Path utility;

    private SoftHsm(Path configuration, Path utility) {
        this.configuration = configuration;
        this.utility = utility;
    }

    /** Prepares an empty SoftHSM2 token directory, or skips (fails in CI) without the tools. */
    public static SoftHsm prepare() throws IOException {
        Path utility = TokenTools.require("softhsm2-util", "softhsm2");
        TokenTools.requireFile(LIBRARY, "softhsm2");
        String conf = System.getenv("SOFTHSM2_CONF");
        Prerequisites.require(
                conf != null && !conf.isBlank(),
                "SOFTHSM2_CONF is not set: run this test through Maven, which sets it");
        Path configuration = Path.of(conf);
        Files.createDirectories(configuration.getParent());
        Path tokens = Files.createTempDirectory(configuration.getParent(), "tokens-");
        Files.writeString(
                configuration,
                "directories.tokendir = " + tokens + "\nobjectstore.backend = file\nlog.level = ERROR\n",
                StandardCharsets.UTF_8);
        return new SoftHsm(configuration, utility);
    }

    /** Initialises a token in the free slot and returns the slot ID SoftHSM2 gives it. */
    public long initToken(String label, String soPin, String pin) throws IOException, InterruptedException {
        String output = run(List.of(
                utility.toString(), "--init-token", "--free", "--label", label, "--so-pin", soPin, "--pin", pin));
        Matcher matcher = REASSIGNED.matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("softhsm2-util did not report the token's slot: " + output);
        }
        return Long.parseLong(matcher.group(1));
    }

    /** The ID of the slot holding SoftHSM2's free, uninitialised token (it always offers one). */
    public long freeSlotId() throws IOException, InterruptedException {
        String output = run(List.of(utility.toString(), "--show-slots"));
        long slot = -1;
        for (String line : output.split("\n")) {
            Matcher header = Pattern.compile("^Slot (\\d+)").matcher(line);
            if (header.find()) {
                slot = Long.parseLong(header.group(1));
            } else if (line.trim().matches("Initialized:\\s+no")) {
                return slot;
            }
        }
        throw new IllegalStateException("SoftHSM2 shows no free slot: " + output);
    }

    /** The position of the token labelled {@code label} in the slot list, as pkcs11-tool reports it. */
    public int slotListIndex(String label) throws IOException, InterruptedException {
        Path tool = TokenTools.require("pkcs11-tool", "opensc");
        String output = run(List.of(tool.toString(), "--module", LIBRARY.toString(), "--list-slots"));
        int index = -1;
        for (String line : output.split("\n")) {
            Matcher header = Pattern.compile("^Slot (\\d+) ").matcher(line);
            if (header.find()) {
                index = Integer.parseInt(header.group(1));
            } else if (line.matches("\\s*token label\\s*:\\s*" + Pattern.quote(label) + "\\s*")) {
                return index;
            }
        }
        throw new IllegalStateException("pkcs11-tool lists no token " + label + ": " + output);
    }

    private String run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
        builder.environment().put("SOFTHSM2_CONF", configuration.toString());
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(command.get(0) + " failed: " + new String(output, StandardCharsets.UTF_8));
        }
        return new String(output, StandardCharsets.UTF_8);
    }
}
