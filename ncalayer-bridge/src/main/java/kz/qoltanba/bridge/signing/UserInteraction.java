package kz.qoltanba.bridge.signing;

import java.nio.file.Path;
import java.util.List;
import kz.qoltanba.bridge.spi.HostProgress;
import kz.qoltanba.bridge.spi.UserCancelledException;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.token.KeyStoreSource;
import kz.qoltanba.signing.token.KeyStores;
import kz.qoltanba.signing.token.StorageType;

/**
 * The questions the host asks the user while choosing a key and signing. Implemented by the desktop dialogs
 * and by unattended mode. The host calls these methods from a worker thread (never the Swing event thread),
 * one signing conversation at a time unless {@link #oneConversationAtATime()} says otherwise, and each call may
 * block until the user answers. A conversation (storage, key file, password, certificate, confirmation) is
 * asked of the object {@link #conversation()} returns. Every method throws
 * {@link UserCancelledException} when the user cancels (closes the dialog, presses Cancel).
 */
public interface UserInteraction {
    /**
     * Whether the host must hold back other conversations while one runs: true for dialogs a person answers
     * (the default); false when every conversation keeps its own state and nobody watches the screen.
     */
    default boolean oneConversationAtATime() {
        return true;
    }

    /**
     * The interaction for one conversation, from the storage question to the confirmation. An implementation
     * that remembers earlier answers of a conversation returns a fresh object holding that state; the default
     * is this object.
     */
    default UserInteraction conversation() {
        return this;
    }

    /**
     * Which storage to use: a key file ({@link StorageType#PKCS12}, {@link StorageType#JKS}) or a present
     * token.
     *
     * @param available the storages the request allows that can be used now, never empty
     * @return one of {@code available}
     */
    StorageType chooseStorage(InteractionContext context, List<StorageType> available) throws UserCancelledException;

    /**
     * Which key file to open.
     *
     * @param storage the storage type chosen before ({@code PKCS12} or {@code JKS})
     * @param recentFirst key files to offer first, in this order: those the module asked for
     *     ({@code SignRequest.preferredKeys}), then the host's recently used ones; all exist
     * @return an existing file
     */
    Path chooseKeyFile(InteractionContext context, StorageType storage, List<Path> recentFirst)
            throws UserCancelledException;

    /**
     * The password of a key file or the PIN of a token. The host wipes the returned array after use; an
     * implementation must not keep it.
     *
     * @param prompt what is being opened, and whether the previous attempt was wrong
     */
    char[] askPassword(InteractionContext context, PasswordPrompt prompt) throws UserCancelledException;

    /**
     * Which certificate signs, among those of the opened storage that pass the request's filters.
     *
     * @param candidates never empty, in the storage's order
     * @return one of {@code candidates}
     */
    KeyCandidate chooseCertificate(InteractionContext context, List<KeyCandidate> candidates)
            throws UserCancelledException;

    /**
     * The last question before signing: shows prominently the verified origin, what is signed and who
     * signs. Returns normally when the user confirms.
     */
    void confirm(InteractionContext context, Confirmation confirmation) throws UserCancelledException;

    /**
     * A local file chosen for a module ({@code showFileChooser}).
     *
     * @param extension a filter such as {@code P12}, or {@code ALL}
     * @param startDirectory where the chooser opens, or null
     */
    Path chooseFile(InteractionContext context, String extension, Path startDirectory) throws UserCancelledException;

    /**
     * Whether to install a module from the signed catalog, asked for a page's {@code installBundle}. Returns
     * normally when the user agrees. A user interface that cannot ask declines.
     *
     * @param symbolicName the module's symbolic name, as the page sent it
     */
    default void confirmInstall(InteractionContext context, String symbolicName) throws UserCancelledException {
        throw new UserCancelledException("installing a module cannot be confirmed here");
    }

    /**
     * Opens the chosen key file with the password the user gave. The default opens it for this request only (the
     * caller closes it); unattended mode answers from the key files it keeps open.
     */
    default KeyStoreSource openKeyFile(StorageType storage, Path file, char[] password) throws SigningException {
        return KeyStores.open(storage, file, password);
    }

    /**
     * Shows a module's message (e.g. a configuration problem) and returns at once, without waiting for the
     * user; it is not a question and does not take part in a conversation. Unattended mode logs it. The default
     * shows nothing.
     *
     * @param title the module's title, plain text
     * @param message the module's text, plain text
     */
    default void showMessage(InteractionContext context, String title, String message) {
        // a user interface without messages shows nothing
    }

    /**
     * Opens a progress indicator for a module's long operation and returns at once; the caller reports steps
     * (often; the indicator throttles itself) and closes it. The default shows nothing.
     */
    default HostProgress openProgress(InteractionContext context, String title) {
        return HostProgress.NONE;
    }
}
