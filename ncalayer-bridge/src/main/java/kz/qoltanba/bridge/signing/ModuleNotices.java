package kz.qoltanba.bridge.signing;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import kz.qoltanba.bridge.spi.HostProgress;
import kz.qoltanba.bridge.spi.HostSigningException;
import kz.qoltanba.bridge.spi.KeyFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A module's messages and progress indicators ({@code showMessage}, {@code openProgress}): checked, cut to a
 * size a window can show, and passed to the user interface. Neither is a question, so neither waits for a
 * running conversation. Like a signature, either is refused when it names another origin than its socket's
 * verified one, so a window never shows an origin a module made up.
 */
final class ModuleNotices {
    static final int MAX_TITLE_CHARS = 200;
    static final int MAX_MESSAGE_CHARS = 4000;

    private static final Logger LOG = LoggerFactory.getLogger(ModuleNotices.class);

    private final UserInteraction interaction;
    private final SocketRecords sockets;

    ModuleNotices(UserInteraction interaction, SocketRecords sockets) {
        this.interaction = interaction;
        this.sockets = sockets;
    }

    CompletionStage<Void> showMessage(String origin, String connectionId, String locale, String title, String message) {
        try {
            InteractionContext context = context("showMessage", origin, connectionId, locale);
            required("showMessage", "title", title);
            required("showMessage", "message", message);
            LOG.info("A module shows the message '{}' for {}", cut(title, MAX_TITLE_CHARS), origin);
            interaction.showMessage(context, cut(title, MAX_TITLE_CHARS), cut(message, MAX_MESSAGE_CHARS));
            return CompletableFuture.completedFuture(null);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(new HostSigningException(e.getMessage()));
        } catch (HostSigningException e) {
            return CompletableFuture.failedFuture(e);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(
                    new HostSigningException("the message could not be shown: " + e.getMessage(), e));
        }
    }

    /** @throws IllegalArgumentException naming what is missing, or the origin that is not the socket's */
    HostProgress openProgress(String origin, String connectionId, String locale, String title) {
        InteractionContext context;
        try {
            context = context("openProgress", origin, connectionId, locale);
        } catch (HostSigningException e) {
            throw new IllegalArgumentException("openProgress: " + e.getMessage(), e);
        }
        required("openProgress", "title", title);
        return interaction.openProgress(context, cut(title, MAX_TITLE_CHARS));
    }

    private InteractionContext context(String call, String origin, String connectionId, String locale)
            throws HostSigningException {
        required(call, "origin", origin);
        required(call, "connectionId", connectionId);
        return new InteractionContext(
                sockets.verifiedOrigin(origin, connectionId), connectionId, locale, KeyFilter.any());
    }

    private static void required(String call, String name, String value) {
        if (value == null) {
            throw new IllegalArgumentException(call + ": the " + name + " is missing");
        }
    }

    /** At most {@code limit} characters; a longer text ends with an ellipsis. */
    static String cut(String text, int limit) {
        return text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
    }
}
