package kz.qoltanba.portal.e2e;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Map;
import java.util.function.Consumer;
import kz.qoltanba.portal.db.PortalDatabase;
import kz.qoltanba.portal.db.TestDatabase;
import kz.qoltanba.portal.testutil.TestPki;
import kz.qoltanba.signing.token.KeyEntry;

/**
 * What a browser test stands on: a fresh database, the test PKI, the bridge jar in unattended mode with the given
 * keys (as {@code <name>.p12} with {@link #KEY_PASSWORD}), the portal on a free port pointing its pages at that
 * bridge, and headless Chromium whose HOME is the bridge's (so it trusts the bridge's certificate). Closed in the
 * reverse order; a start that fails half-way closes what it started.
 */
public final class BrowserStage implements AutoCloseable {
    public static final String KEY_PASSWORD = "Qwerty12";

    private final PortalDatabase db;
    private final TestPki pki;
    private BridgeProcess bridge;
    private PortalUnderTest portal;
    private Browser browser;

    private BrowserStage(PortalDatabase db, TestPki pki) {
        this.db = db;
        this.pki = pki;
    }

    /** @param root a folder of the test (keys, the bridge's home, the browser's profile go under it) */
    public static BrowserStage start(Path root, Map<String, KeyEntry> keys) throws Exception {
        return start(root, keys, options -> {});
    }

    /** @param portalOptions adds configuration or services to the portal's start (port and bridge URL are set) */
    public static BrowserStage start(
            Path root, Map<String, KeyEntry> keys, Consumer<PortalUnderTest.Options> portalOptions) throws Exception {
        BridgeProcess.jar();
        BrowserStage stage = new BrowserStage(TestDatabase.fresh(), TestPki.get());
        try {
            int portalPort = PortalUnderTest.freePort();
            Path keysDir = BridgeProcess.writeKeys(root.resolve("keys"), keys, KEY_PASSWORD);
            stage.bridge = BridgeProcess.start(
                    root.resolve("bridge-run"), keysDir, PortalUnderTest.freePort(), "http://127.0.0.1:" + portalPort);
            PortalUnderTest.Options options = PortalUnderTest.options();
            portalOptions.accept(options);
            options.env("PORTAL_PORT", Integer.toString(portalPort)).env("PORTAL_BRIDGE_URL", stage.bridge.wssUrl());
            stage.portal = PortalUnderTest.start(stage.db, Clock.systemUTC(), stage.pki, options);
            stage.browser = Browser.start(stage.bridge.userHome(), root.resolve("profile"));
            return stage;
        } catch (Exception | Error e) {
            stage.close();
            throw e;
        }
    }

    public PortalDatabase db() {
        return db;
    }

    public TestPki pki() {
        return pki;
    }

    public BridgeProcess bridge() {
        return bridge;
    }

    public PortalUnderTest portal() {
        return portal;
    }

    public Browser browser() {
        return browser;
    }

    /** The signer serial (hex) of the signed document the portal stored last, or "" when none. */
    public String lastStoredSerial() {
        return db.inTransaction(c -> {
            try (PreparedStatement s =
                            c.prepareStatement("SELECT signer_serial FROM signed_document ORDER BY id DESC LIMIT 1");
                    ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : "";
            }
        });
    }

    /**
     * Every document the portal stored (logins included) has its own key answer with the same signer serial in the
     * bridge's unattended log ({@link BridgeSignatures}); a test calls it in its {@code @AfterAll} before {@link
     * #close()}.
     */
    public void assertStoredByTheBridge() throws Exception {
        BridgeSignatures.assertStoredByTheBridge(db, bridge);
    }

    @Override
    public void close() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (portal != null) {
            portal.close();
        }
        if (bridge != null) {
            bridge.close();
        }
        db.close();
    }
}
