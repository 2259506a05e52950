package kz.qoltanba.bridge.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The language the user last chose in the tray or the settings window, kept in {@code <home>/language} (one
 * code: {@code ru}, {@code kk} or {@code en}) so that the next start, or a restart, opens in it. Without the file
 * the bridge speaks Russian, as NCALayer does.
 */
public final class LanguageFile {
    static final String NAME = "language";
    private static final Logger LOG = LoggerFactory.getLogger(LanguageFile.class);

    private LanguageFile() {}

    /** The kept language; Russian when there is none, or when the file cannot be read or names none. */
    public static Language read(Path home) {
        Path file = home.resolve(NAME);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Language.RU;
        } catch (IOException e) {
            LOG.warn("Cannot read the chosen language from {}: {}; using Russian", file, e.getMessage());
            return Language.RU;
        }
        Optional<Language> language = Language.fromCode(text);
        if (language.isEmpty()) {
            LOG.warn(
                    "{} names no language ('{}'; expected ru, kk or en); using Russian",
                    file,
                    text.strip().replaceAll("[^\\x20-\\x7e]", "?"));
        }
        return language.orElse(Language.RU);
    }

    /** From now on every change of {@code setting} is written to the file. */
    public static void keep(Path home, LanguageSetting setting) {
        setting.onChange(language -> write(home, language));
    }

    static void write(Path home, Language language) {
        Path file = home.resolve(NAME);
        Path temporary = home.resolve(NAME + ".tmp");
        try {
            Files.createDirectories(home);
            Files.writeString(temporary, language.code() + "\n", StandardCharsets.UTF_8);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            LOG.warn("Cannot keep the chosen language in {}: {}", file, e.getMessage());
        }
    }
}
