package kz.qoltanba.bridge.origin;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The origin table of the protocol (§7): which pages may open a socket, and which must first be allowed by
 * the user. Origins the user allowed "always" ({@link RememberedOrigins}) stand for that consent, so they are
 * accepted only where the user could be asked: in unattended mode or with prompting switched off, only the
 * configured origins and suffixes connect.
 */
public final class OriginPolicy {
    private final Set<Origin> allowedOrigins;
    private final List<String> allowedSuffixes;
    private final boolean promptingPossible;
    private final RememberedOrigins allowedByUser;

    /**
     * @param promptingPossible false in unattended mode or when prompting is switched off: origins that would
     *     need consent are refused instead
     */
    public OriginPolicy(Set<Origin> allowedOrigins, List<String> allowedSuffixes, boolean promptingPossible) {
        this(allowedOrigins, allowedSuffixes, promptingPossible, RememberedOrigins.inMemory());
    }

    /** @param allowedByUser the origins the user allowed "always", kept where {@code allowedByUser} keeps them */
    public OriginPolicy(
            Set<Origin> allowedOrigins,
            List<String> allowedSuffixes,
            boolean promptingPossible,
            RememberedOrigins allowedByUser) {
        this.allowedByUser = allowedByUser;
        this.allowedOrigins = Set.copyOf(allowedOrigins);
        this.allowedSuffixes = List.copyOf(allowedSuffixes);
        this.promptingPossible = promptingPossible;
    }

    /**
     * Whether the user allowed {@code origin} "always" (now or in an earlier run) and that answer counts here:
     * never where prompting is not possible.
     */
    public boolean allowedByUser(Origin origin) {
        return promptingPossible && allowedByUser.contains(origin);
    }

    /** Decides for the raw {@code Origin} header value of an upgrade request (null when absent). */
    public OriginDecision decide(String unverifiedOriginHeader) {
        Optional<Origin> parsed = Origin.parse(unverifiedOriginHeader);
        if (parsed.isEmpty()) {
            return OriginDecision.REFUSE;
        }
        Origin origin = parsed.get();
        if (allowedOrigins.contains(origin) || allowedByUser(origin)) {
            return OriginDecision.ACCEPT;
        }
        if (!origin.isHttps()) {
            return OriginDecision.REFUSE;
        }
        if (allowedSuffixes.stream().anyMatch(origin::hostMatchesSuffix)) {
            return OriginDecision.ACCEPT;
        }
        return promptingPossible ? OriginDecision.ASK_CONSENT : OriginDecision.REFUSE;
    }

    /** The origins the user allowed "always", as remembered (also those not counted in this mode). */
    public Set<Origin> rememberedOrigins() {
        return allowedByUser.origins();
    }

    /** Records an "allow always" answer so that later sockets from the origin are accepted directly. */
    public void rememberAllowed(Origin origin) {
        allowedByUser.remember(origin);
    }
}
