package kz.qoltanba.bridge.signing;

import kz.qoltanba.bridge.spi.HostException;
import kz.qoltanba.bridge.spi.HostSigningException;

/**
 * The host's own windows that modules may ask to open ({@code showSettings}, {@code showBundleManager}).
 * Implemented by the desktop user interface; unattended mode answers without showing anything. Each method
 * returns once the window is shown, or throws {@link HostException} saying why it cannot be.
 */
public interface HostWindows {
    void showSettings(InteractionContext context) throws HostException;

    void showBundleManager(InteractionContext context) throws HostException;

    /** Windows for a host without a user interface: both fail with a sentence saying so. */
    static HostWindows unavailable() {
        return new HostWindows() {
            @Override
            public void showSettings(InteractionContext context) throws HostException {
                throw new HostSigningException("the settings window is not available");
            }

            @Override
            public void showBundleManager(InteractionContext context) throws HostException {
                throw new HostSigningException("the module manager is not available");
            }
        };
    }

    /** Windows that are "shown" at once without any user interface (unattended mode). */
    static HostWindows headless() {
        return new HostWindows() {
            @Override
            public void showSettings(InteractionContext context) {
                // nothing to show: the caller only needs to know the request was accepted
            }

            @Override
            public void showBundleManager(InteractionContext context) {
                // nothing to show
            }
        };
    }
}
