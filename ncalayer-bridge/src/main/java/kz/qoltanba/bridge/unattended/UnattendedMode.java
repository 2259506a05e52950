package kz.qoltanba.bridge.unattended;

import java.time.Clock;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import kz.qoltanba.bridge.config.ConfigException;
import kz.qoltanba.bridge.config.UnattendedKeys;
import kz.qoltanba.bridge.signing.HostWindows;
import kz.qoltanba.bridge.signing.KeyCandidates;
import kz.qoltanba.bridge.signing.UserInteraction;
import kz.qoltanba.signing.token.Pkcs11Libraries;
import org.eclipse.jetty.server.Handler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Unattended mode assembled: the {@link UserInteraction} that answers by itself and the control endpoint that
 * queues its next answers. Created only when {@code --unattended} was given on the command line.
 */
public final class UnattendedMode {
    private static final Logger LOG = LoggerFactory.getLogger(UnattendedMode.class);

    private final UnattendedKeySet keys;
    private final AnswerQueue queue = new AnswerQueue();
    private final AnswerLog log;
    private final UnattendedInteraction interaction;

    private UnattendedMode(UnattendedKeySet keys, KeyCandidates candidates, Clock clock, Pkcs11Libraries libraries) {
        this.keys = keys;
        this.log = new AnswerLog(clock);
        this.interaction = new UnattendedInteraction(keys, queue, log, candidates, libraries);
    }

    /**
     * Reads the configured keys and checks their password sources.
     *
     * @param environment reads environment variables ({@code System::getenv} outside tests)
     * @throws ConfigException a password file is missing or readable by others, or the folder has no key
     */
    public static UnattendedMode create(
            UnattendedKeys config, KeyCandidates candidates, Function<String, String> environment, Clock clock)
            throws ConfigException {
        return create(
                config,
                candidates,
                environment,
                clock,
                Pkcs11Libraries.defaults().withOverrides(System.getProperties()));
    }

    /**
     * As {@link #create(UnattendedKeys, KeyCandidates, Function, Clock)}, opening tokens through {@code libraries}
     * (the signing service must use the same).
     */
    public static UnattendedMode create(
            UnattendedKeys config,
            KeyCandidates candidates,
            Function<String, String> environment,
            Clock clock,
            Pkcs11Libraries libraries)
            throws ConfigException {
        UnattendedKeySet keys = UnattendedKeySet.load(config, environment);
        LOG.warn(
                "UNATTENDED MODE: {} key file(s) answer every signing request automatically: {}",
                keys.keys().size(),
                keys.keys().stream().map(UnattendedKeySet.Key::name).toList());
        if (keys.tokensAnswer()) {
            LOG.warn("UNATTENDED MODE: a present token (PIN from --token-pin-env) also answers signing requests");
        }
        if (keys.keys().isEmpty() && !keys.tokensAnswer()) {
            LOG.warn("UNATTENDED MODE: --keys-dir holds no .p12 file; every signing request will find no suitable "
                    + "certificate");
        }
        return new UnattendedMode(keys, candidates, clock, libraries);
    }

    public UserInteraction interaction() {
        return interaction;
    }

    /** The host's windows in unattended mode: "shown" at once, without any user interface. */
    public HostWindows windows() {
        return HostWindows.headless();
    }

    AnswerQueue queue() {
        return queue;
    }

    AnswerLog log() {
        return log;
    }

    /** Puts the control endpoint in front of {@code next} (the other plain HTTP handlers). */
    public UnaryOperator<Handler> controlEndpoint() {
        return next -> new ControlHandler(next, queue, log, keys);
    }
}
