package kz.qoltanba.bridge.tls;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The NSS database current Chromium and Chrome read on Linux: {@code $XDG_DATA_HOME/pki/nssdb}, by default
 * {@code <home>/.local/share/pki/nssdb}. Created (empty, no password) when it does not exist yet, so that trust is
 * in place before the browser first starts.
 */
final class ChromiumNssTarget implements TrustTarget {
    private final NssDatabase database;

    ChromiumNssTarget(Path userHome, Map<String, String> environment, Certutil certutil) {
        String xdgData = environment.get("XDG_DATA_HOME");
        Path base = xdgData == null || xdgData.isBlank()
                ? userHome.resolve(".local").resolve("share")
                : Path.of(xdgData);
        this.database = new NssDatabase(base.resolve("pki").resolve("nssdb"), certutil);
    }

    @Override
    public String name() {
        return "Chromium/Chrome";
    }

    @Override
    public List<NssDatabase> databases(boolean create) throws TrustStoreException {
        if (!database.exists()) {
            if (!create) {
                return List.of();
            }
            database.create();
        }
        return List.of(database);
    }

    @Override
    public String location() {
        return database.directory().toString();
    }
}
