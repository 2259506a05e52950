package kz.qoltanba.bridge.tls;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every Firefox profile of the user ({@code <home>/.mozilla/firefox/<profile>/} holding {@code cert9.db}); each
 * profile has its own database. Profiles are never created: Firefox makes them.
 */
final class FirefoxProfilesTarget implements TrustTarget {
    private final Path profilesDirectory;
    private final Certutil certutil;

    FirefoxProfilesTarget(Path userHome, Certutil certutil) {
        this.profilesDirectory = userHome.resolve(".mozilla").resolve("firefox");
        this.certutil = certutil;
    }

    @Override
    public String name() {
        return "Firefox";
    }

    @Override
    public List<NssDatabase> databases(boolean create) throws TrustStoreException {
        if (!Files.isDirectory(profilesDirectory)) {
            return List.of();
        }
        try (Stream<Path> profiles = Files.list(profilesDirectory)) {
            return profiles.filter(profile -> Files.isRegularFile(profile.resolve("cert9.db")))
                    .sorted()
                    .map(profile -> new NssDatabase(profile, certutil))
                    .toList();
        } catch (IOException e) {
            throw new TrustStoreException(
                    "Cannot list Firefox profiles in " + profilesDirectory + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String location() {
        return profilesDirectory + "/*/cert9.db";
    }
}
