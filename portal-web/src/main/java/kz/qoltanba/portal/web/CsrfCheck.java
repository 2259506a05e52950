package kz.qoltanba.portal.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Set;

/**
 * Refuses every state-changing request (anything but GET, HEAD, OPTIONS) that does not carry the session's CSRF
 * token in the form field {@code _csrf} or the header {@code X-CSRF-Token}, except under the exempt path prefixes
 * features declare.
 */
public final class CsrfCheck {
    public static final String FIELD = "_csrf";
    public static final String HEADER = "X-CSRF-Token";
    private static final Set<HandlerType> SAFE = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);

    private final List<String> exemptPrefixes;

    public CsrfCheck(List<String> exemptPrefixes) {
        this.exemptPrefixes = List.copyOf(exemptPrefixes);
    }

    /** Whether a request with this method and path must carry the token. */
    public boolean applies(HandlerType method, String path) {
        return !SAFE.contains(method) && exemptPrefixes.stream().noneMatch(path::startsWith);
    }

    void check(Context ctx) {
        if (!applies(ctx.method(), ctx.path())) {
            return;
        }
        String presented = ctx.header(HEADER);
        if (presented == null) {
            presented = ctx.formParam(FIELD);
        }
        if (!Session.of(ctx).csrfMatches(presented)) {
            throw new AccessDeniedException(
                    "error.csrf",
                    (presented == null ? "no CSRF token" : "wrong CSRF token") + " on " + ctx.method() + " "
                            + ctx.path());
        }
    }
}
