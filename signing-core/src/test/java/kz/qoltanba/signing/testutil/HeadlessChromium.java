package kz.qoltanba.signing.testutil;

import java.util.List;

/**
 * The command-line flags every test starts headless Chromium with: no sandbox (containers), no GPU, no QUIC, and
 * nothing that reaches the network on its own (first-run pages, component updates, sync). Callers add their own
 * {@code --user-data-dir} (a fresh profile per run) and whatever the test needs besides.
 */
public final class HeadlessChromium {
    public static final List<String> FLAGS = List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync");

    private HeadlessChromium() {}
}
