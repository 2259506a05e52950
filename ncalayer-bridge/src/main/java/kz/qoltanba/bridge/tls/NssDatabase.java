package kz.qoltanba.bridge.tls;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One NSS certificate database ({@code cert9.db}, the {@code sql:} format) reached through {@code certutil}. */
final class NssDatabase {
    private static final Pattern LISTING_LINE = Pattern.compile("^(.+?)\\s+([A-Za-z]*,[A-Za-z]*,[A-Za-z]*)\\s*$");

    private final Path directory;
    private final Certutil certutil;

    NssDatabase(Path directory, Certutil certutil) {
        this.directory = directory;
        this.certutil = certutil;
    }

    Path directory() {
        return directory;
    }

    boolean exists() {
        return Files.isRegularFile(directory.resolve("cert9.db"));
    }

    /** Creates an empty database without a password (what Chromium does on first start). */
    void create() throws TrustStoreException {
        try {
            Files.createDirectories(directory);
        } catch (java.io.IOException e) {
            throw new TrustStoreException("Cannot create " + directory + ": " + e.getMessage(), e);
        }
        check(certutil.run(List.of("-N", "-d", location(), "--empty-password")), "create");
    }

    /** Nickname to trust flags (e.g. {@code C,,}) of every certificate in the database. */
    Map<String, String> certificates() throws TrustStoreException {
        Certutil.Result result = certutil.run(List.of("-L", "-d", location()));
        check(result, "list");
        Map<String, String> found = new LinkedHashMap<>();
        for (String line : result.output().split("\\R")) {
            Matcher matcher = LISTING_LINE.matcher(line);
            if (matcher.matches() && !line.startsWith("Certificate Nickname")) {
                found.put(matcher.group(1).trim(), matcher.group(2));
            }
        }
        return found;
    }

    /** Adds a CA certificate trusted to issue TLS server certificates ({@code C,,}). */
    void addAuthority(String nickname, Path pemFile) throws TrustStoreException {
        check(
                certutil.run(
                        List.of("-A", "-d", location(), "-n", nickname, "-t", "C,,", "-a", "-i", pemFile.toString()),
                        true),
                "add '" + nickname + "' to");
    }

    /** Deletes every certificate stored under this nickname. */
    void delete(String nickname) throws TrustStoreException {
        List<String> arguments = new ArrayList<>(List.of("-D", "-d", location(), "-n", nickname));
        for (int i = 0; i < 10 && certificates().containsKey(nickname); i++) {
            check(certutil.run(arguments, true), "delete '" + nickname + "' from");
        }
    }

    private String location() {
        return "sql:" + directory;
    }

    private void check(Certutil.Result result, String action) throws TrustStoreException {
        if (!result.ok()) {
            String output = result.output().strip();
            throw new TrustStoreException(
                    "certutil could not " + action + " the NSS database " + directory + ": "
                            + (output.length() > 300 ? output.substring(0, 300) : output),
                    null);
        }
    }
}
