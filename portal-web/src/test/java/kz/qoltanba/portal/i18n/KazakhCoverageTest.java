package kz.qoltanba.portal.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every Russian text of the portal has its Kazakh translation, including refusals named only in the code. */
class KazakhCoverageTest {
    /** A refusal built in the code with a literal key, then its Russian sentence. */
    private static final Pattern REFUSAL = Pattern.compile("new RuleViolation\\(\\s*\"([A-Za-z0-9_.]+)\"\\s*,");

    private static final Path MAIN_TEXTS = Path.of("src/main/resources/i18n");
    private static final Path MAIN_CODE = Path.of("src/main/java");

    @Test
    void whenARussianKeyExists_thenItsKazakhTextExistsToo() throws IOException {
        Messages shipped = shippedMessages();

        assertThat(shipped.missingInKazakh())
                .as("keys with Russian text but no Kazakh text")
                .isEmpty();
    }

    @Test
    void whenTheCodeRefusesWithAKey_thenBothLanguagesHaveTheKey() throws IOException {
        Messages shipped = shippedMessages();
        Set<String> missing = new TreeSet<>();
        for (String key : refusalKeys()) {
            if (!shipped.texts(Lang.RU).has(key) || !hasOwn(shipped, key)) {
                missing.add(key);
            }
        }

        assertThat(missing)
                .as("refusal keys of the code without a text in i18n/*_ru and *_kk")
                .isEmpty();
    }

    private static boolean hasOwn(Messages messages, String key) {
        return !messages.missingInKazakh().contains(key);
    }

    /** Only the bundles the portal ships (not the test bundles, which leave a gap on purpose). */
    private static Messages shippedMessages() throws IOException {
        assertThat(MAIN_TEXTS).as("run from the portal-web module").isDirectory();
        try (java.net.URLClassLoader loader = new java.net.URLClassLoader(
                new java.net.URL[] {MAIN_TEXTS.getParent().toUri().toURL()}, null)) {
            return Messages.load(loader);
        }
    }

    private static Set<String> refusalKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN_CODE)) {
            files.filter(p -> p.toString().endsWith(".java")).forEach(p -> {
                Matcher m = REFUSAL.matcher(read(p));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            });
        }
        assertThat(keys).as("refusal keys found in the code").hasSizeGreaterThan(20);
        for (kz.qoltanba.portal.social.FileKind kind : kz.qoltanba.portal.social.FileKind.values()) {
            keys.add("social.file.type." + kind.name().toLowerCase(java.util.Locale.ROOT));
        }
        return keys;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
