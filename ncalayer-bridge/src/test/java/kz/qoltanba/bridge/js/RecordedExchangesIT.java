package kz.qoltanba.bridge.js;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replays the request/response pairs recorded by the authors of {@code ncalayer-js-client}
 * ({@code test/test-data.json} in the npm package, 50 pairs recorded against NCALayer with a KAZTOKEN) through
 * the page's own WebSocket to the bridge in unattended mode, and compares each answer's shape with the recording:
 * the same top-level field names, the same JSON types below (a recorded object's fields must all be present,
 * since the authors cut some objects down), the same {@code code}/{@code status}/{@code errorCode} values, PEM
 * where PEM was recorded, bare base64 (never PEM) where base64 was recorded, and the cancel form where the user cancelled (cancels are queued on the control
 * endpoint before the request).
 */
class RecordedExchangesIT {
    private static final Logger LOG = LoggerFactory.getLogger(RecordedExchangesIT.class);

    /** The recording used a KAZTOKEN; here the unattended keys are files, so hardware storages become PKCS12. */
    private static final List<String> HARDWARE_STORAGES =
            List.of("AKKaztokenStore", "AKKZIDCardStore", "AKEToken72KStore", "AKEToken5110Store", "AKAKEYStore");

    /** Where the contract (shared/specs/bridge-protocol.md) says otherwise: entry index → answer expected instead. */
    private static final Map<Integer, Deviation> DEVIATIONS = Map.ofEntries(
            Map.entry(
                    0,
                    new Deviation(
                            "§2: KAZTOKEN's own module is not part of the bridge; an unknown module gets MODULE_NOT_FOUND",
                            "{\"success\":false,\"errorCode\":\"MODULE_NOT_FOUND\"}")),
            Map.entry(
                    12,
                    new Deviation(
                            "§3: an error always carries a message sentence (the recording has a bare {\"code\":\"500\"})",
                            "{\"code\":\"500\",\"message\":\"\"}")),
            Map.entry(13, badDigestCommonUtils()),
            Map.entry(14, badDigestCommonUtils()),
            Map.entry(15, badDigestCommonUtils()),
            Map.entry(35, basicsResultArray()),
            Map.entry(38, basicsResultArray()),
            Map.entry(
                    39,
                    new Deviation(
                            "§4 Digests: a 3-byte \"digest\" is refused as an argument error, not signed",
                            "{\"status\":false,\"code\":\"INVOCATION_ERROR\",\"message\":\"\",\"details\":\"\"}")),
            Map.entry(40, basicsResultArray()),
            Map.entry(41, basicsResultArray()));

    record Deviation(String reason, String expectedResponse) {}

    private static Deviation badDigestCommonUtils() {
        return new Deviation(
                "§4 Digests: the recorded 68-byte \"digest\" (base64 of a sha256sum output line) is refused",
                "{\"code\":\"500\",\"message\":\"\"}");
    }

    private static Deviation basicsResultArray() {
        return new Deviation(
                "§4: basics result is always an array, one element per document (recorded before October 2024)",
                "{\"body\":{\"result\":[\"-----BEGIN CMS-----\\n-----END CMS-----\\n\"]},\"status\":true}");
    }

    @TempDir
    static Path folder;

    private static BrowserBridge stand;

    @BeforeAll
    static void start() throws Exception {
        stand = BrowserBridge.start(folder);
    }

    @AfterAll
    static void stop() {
        if (stand != null) {
            stand.close();
        }
    }

    @Test
    void whenTheAuthorsRecordingIsReplayed_thenEveryAnswerHasTheRecordedShapeOrTheContractsDeviation()
            throws Exception {
        JsonNode entries = BrowserBridge.JSON.readTree(
                Files.readString(JsTools.installClient().resolve("test").resolve("test-data.json")));
        assertThat(entries.size()).isEqualTo(50);

        List<String> problems = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            JsonNode recorded =
                    BrowserBridge.JSON.readTree(entry.get("response").asText());
            if (isCancel(recorded)) {
                stand.queue("{\"answer\":\"cancel\"}");
            }
            String answer = stand.exchange(withFileStorage(entry.get("request").asText()));
            JsonNode actual = BrowserBridge.JSON.readTree(answer);
            Deviation deviation = DEVIATIONS.get(i);
            JsonNode expected =
                    deviation == null ? recorded : BrowserBridge.JSON.readTree(deviation.expectedResponse());
            if (deviation != null) {
                LOG.info(
                        "entry {} ({}): {}; the bridge answered {}",
                        i,
                        method(entry),
                        deviation.reason(),
                        abbreviate(answer));
            }
            List<String> differences = new ArrayList<>();
            compareTop(expected, actual, differences);
            for (String difference : differences) {
                problems.add(
                        "entry " + i + " (" + method(entry) + "): " + difference + "; answer " + abbreviate(answer));
            }
        }

        assertThat(problems).isEmpty();
    }

    @Test
    void whenTheShapeDiffers_thenTheComparisonReportsIt() throws Exception {
        List<String> differences = new ArrayList<>();
        compareTop(
                BrowserBridge.JSON.readTree("{\"code\":\"200\",\"responseObject\":{\"certNotBefore\":\"1\"}}"),
                BrowserBridge.JSON.readTree("{\"code\":\"500\",\"responseObject\":{\"certNotBefore\":1},\"x\":1}"),
                differences);

        assertThat(differences).hasSize(3);
    }

    private static boolean isCancel(JsonNode recorded) {
        boolean commonUtilsCancel =
                "action.canceled".equals(recorded.path("message").asText(null));
        boolean basicsCancel = recorded.path("status").asBoolean(false)
                && recorded.path("body").isObject()
                && !recorded.path("body").has("result");
        return commonUtilsCancel || basicsCancel;
    }

    private static String withFileStorage(String request) throws Exception {
        JsonNode node = BrowserBridge.JSON.readTree(request);
        JsonNode args = node.get("args");
        if (args != null
                && args.isArray()
                && args.size() > 0
                && HARDWARE_STORAGES.contains(args.get(0).asText())) {
            ((com.fasterxml.jackson.databind.node.ArrayNode) args).set(0, "PKCS12");
        }
        if (args != null && args.isObject() && args.path("allowedStorages").isArray()) {
            JsonNode storages = args.get("allowedStorages");
            if (HARDWARE_STORAGES.contains(storages.get(0).asText())) {
                ((ObjectNode) args).putArray("allowedStorages").add("PKCS12");
            }
        }
        return BrowserBridge.JSON.writeValueAsString(node);
    }

    private static void compareTop(JsonNode expected, JsonNode actual, List<String> differences) {
        TreeSet<String> expectedNames = new TreeSet<>();
        expected.fieldNames().forEachRemaining(expectedNames::add);
        TreeSet<String> actualNames = new TreeSet<>();
        actual.fieldNames().forEachRemaining(actualNames::add);
        if (!expectedNames.equals(actualNames)) {
            differences.add("fields " + actualNames + " instead of " + expectedNames);
        }
        for (String discriminator : List.of("code", "status", "errorCode")) {
            if (expected.has(discriminator) && !expected.get(discriminator).equals(actual.get(discriminator))) {
                differences.add(
                        discriminator + " " + actual.get(discriminator) + " instead of " + expected.get(discriminator));
            }
        }
        if (expected.has("message")
                && "action.canceled".equals(expected.get("message").asText())
                && !expected.get("message").equals(actual.get("message"))) {
            differences.add("message " + actual.get("message") + " instead of \"action.canceled\"");
        }
        for (String name : expectedNames) {
            if (actual.has(name)) {
                compare(name, expected.get(name), actual.get(name), differences);
            }
        }
    }

    private static void compare(String path, JsonNode expected, JsonNode actual, List<String> differences) {
        if (expected.getNodeType() != actual.getNodeType()) {
            differences.add(path + " is " + actual.getNodeType() + " instead of " + expected.getNodeType());
            return;
        }
        if (expected.isObject()) {
            expected.fieldNames().forEachRemaining(name -> {
                if (!actual.has(name)) {
                    differences.add(path + "." + name + " is missing");
                } else {
                    compare(path + "." + name, expected.get(name), actual.get(name), differences);
                }
            });
        } else if (expected.isArray() && expected.size() > 0) {
            for (int i = 0; i < actual.size(); i++) {
                compare(
                        path + "[" + i + "]",
                        expected.get(Math.min(i, expected.size() - 1)),
                        actual.get(i),
                        differences);
            }
        } else if (expected.isTextual()) {
            String recorded = expected.asText();
            if (recorded.startsWith("-----BEGIN ")) {
                String header = recorded.substring(0, recorded.indexOf('\n'));
                if (!actual.asText().startsWith(header)) {
                    differences.add(path + " is not PEM (" + header + ")");
                }
            } else if (recorded.startsWith("<") && !actual.asText().startsWith("<")) {
                differences.add(path + " is not XML");
            } else if ((BARE_BASE64.matcher(recorded).matches() || STRIPPED_SIGNATURE.equals(recorded))
                    && !isBareBase64(actual.asText())) {
                differences.add(path + " is not bare base64 as recorded ("
                        + abbreviate(actual.asText().lines().findFirst().orElse("")) + ")");
            }
        }
    }

    /** What the authors recorded in place of each commonUtils signature, which NCALayer answers as bare base64. */
    private static final String STRIPPED_SIGNATURE = "Actual signature stripped to protect private data";

    /** A recorded value that is base64 and nothing else: long enough not to be a word, no PEM armour. */
    private static final java.util.regex.Pattern BARE_BASE64 =
            java.util.regex.Pattern.compile("[A-Za-z0-9+/\\r\\n]{40,}={0,2}\\s*");

    private static boolean isBareBase64(String value) {
        if (value.startsWith("-----BEGIN ") || !BARE_BASE64.matcher(value).matches()) {
            return false;
        }
        try {
            java.util.Base64.getMimeDecoder().decode(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String method(JsonNode entry) {
        return entry.get("task").asText().replaceAll(".*\"exec\":\"([^\"]+)\".*", "$1");
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}
