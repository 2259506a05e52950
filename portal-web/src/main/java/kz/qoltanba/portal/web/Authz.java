package kz.qoltanba.portal.web;

import io.javalin.http.Context;
import java.util.Arrays;

/** Authorisation checks at the top of every handler that needs a login. */
public final class Authz {
    private Authz() {}

    /**
     * The logged-in principal of {@code area} holding at least one of {@code roles} (any role when none given);
     * otherwise the request ends with the 403 page.
     */
    public static Principal require(Context ctx, String area, String... roles) {
        Principal principal = Session.of(ctx)
                .principal()
                .orElseThrow(() -> new AccessDeniedException("error.loginRequired", "not logged in: " + ctx.path()));
        if (!principal.area().equals(area)) {
            throw new AccessDeniedException(
                    "error.forbidden", "area " + principal.area() + " may not use " + area + ": " + ctx.path());
        }
        if (roles.length > 0 && Arrays.stream(roles).noneMatch(principal::hasRole)) {
            throw new AccessDeniedException(
                    "error.forbidden",
                    "roles " + principal.roles() + " lack " + Arrays.toString(roles) + ": " + ctx.path());
        }
        return principal;
    }
}
