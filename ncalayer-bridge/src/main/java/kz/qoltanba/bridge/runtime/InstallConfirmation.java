package kz.qoltanba.bridge.runtime;

import kz.qoltanba.bridge.signing.InteractionContext;
import kz.qoltanba.bridge.spi.HostException;

/**
 * Asks the user whether to install a module; returns normally for yes. The signing service's answers it only
 * while no signing conversation is asking the user, so the question never shows beside a signing dialog.
 */
@FunctionalInterface
interface InstallConfirmation {
    void confirm(InteractionContext context, String symbolicName) throws HostException;
}
