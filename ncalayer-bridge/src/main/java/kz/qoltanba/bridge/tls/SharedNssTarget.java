package kz.qoltanba.bridge.tls;

import java.nio.file.Path;
import java.util.List;

/**
 * The older shared NSS database {@code <home>/.pki/nssdb} (older Chromium builds and other NSS programs). Used only
 * when it exists; never created.
 */
final class SharedNssTarget implements TrustTarget {
    private final NssDatabase database;

    SharedNssTarget(Path userHome, Certutil certutil) {
        this.database = new NssDatabase(userHome.resolve(".pki").resolve("nssdb"), certutil);
    }

    @Override
    public String name() {
        return "shared NSS";
    }

    @Override
    public List<NssDatabase> databases(boolean create) {
        return database.exists() ? List.of(database) : List.of();
    }

    @Override
    public String location() {
        return database.directory().toString();
    }
}
