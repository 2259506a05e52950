package kz.qoltanba.bundle.nursign.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/**
 * Where {@code nursign.properties} lives: {@code $NURSIGN_CONFIG} if set, else the first that exists of
 * {@code <home>/NURSign/config/nursign.properties} and {@code <home>/.NURSign/config/nursign.properties}, else the
 * first of these, created with the documented defaults. {@code <home>} is {@code $HOME} when set, else
 * {@code user.home}.
 */
public final class NursignConfigFile {
    /** The environment variable naming the file explicitly. */
    public static final String ENVIRONMENT_VARIABLE = "NURSIGN_CONFIG";
    /** The file's name. */
    public static final String FILE_NAME = "nursign.properties";
    /** A larger file is refused rather than read. */
    static final int MAX_BYTES = 1 << 20;

    private NursignConfigFile() {}

    /**
     * The file to read (it may not exist yet).
     *
     * @param environment the process environment ({@code NURSIGN_CONFIG}, {@code HOME})
     * @param javaUserHome the value of {@code user.home}
     */
    public static Path locate(Map<String, String> environment, String javaUserHome) {
        String explicit = environment.get(ENVIRONMENT_VARIABLE);
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit.trim()).toAbsolutePath();
        }
        String home = environment.get("HOME");
        Path userHome = Path.of(home == null || home.isBlank() ? javaUserHome : home);
        Path first = userHome.resolve("NURSign").resolve("config").resolve(FILE_NAME);
        Path second = userHome.resolve(".NURSign").resolve("config").resolve(FILE_NAME);
        if (!Files.exists(first) && Files.exists(second)) {
            return second;
        }
        return first;
    }

    /** Writes the documented defaults to {@code file} unless it exists (readable by its owner only, on POSIX). */
    static void createIfMissing(Path file) throws IOException {
        if (Files.exists(file)) {
            return;
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try {
            Files.write(file, defaultText().getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException raced) {
            return;
        }
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    /** The file written when none exists: every key with its default, each documented. */
    static String defaultText() {
        try (InputStream in = NursignConfigFile.class.getResourceAsStream("default-nursign.properties")) {
            if (in == null) {
                throw new IllegalStateException("default-nursign.properties is missing from the module");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the file's text: UTF-8 (a leading byte-order mark is dropped), else ISO-8859-1. */
    static String read(Path file) throws IOException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new IOException("the file is " + size + " bytes long, more than the " + MAX_BYTES + " accepted");
        }
        return decode(Files.readAllBytes(file));
    }

    static String decode(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            text = new String(bytes, StandardCharsets.ISO_8859_1);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
