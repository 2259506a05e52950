package kz.qoltanba.portal.login;

import java.util.Objects;
import kz.qoltanba.portal.web.Principal;

/**
 * What an area decided about a verified holder: log in as {@code principal} and go to {@code redirect}, or refuse
 * with the text under {@code refusalKey} (e.g. «not a reviewer of any УКЗиСП»).
 */
public record LoginDecision(Principal principal, String redirect, String refusalKey) {
    public LoginDecision {
        if ((principal == null) == (refusalKey == null)) {
            throw new IllegalArgumentException("a login decision is either a principal or a refusal");
        }
        if (principal != null && (redirect == null || !redirect.startsWith("/") || redirect.startsWith("//"))) {
            throw new IllegalArgumentException("redirect: a path on this site, got '" + redirect + "'");
        }
    }

    public static LoginDecision allow(Principal principal, String redirect) {
        return new LoginDecision(Objects.requireNonNull(principal, "principal"), redirect, null);
    }

    public static LoginDecision refuse(String refusalKey) {
        return new LoginDecision(null, null, Objects.requireNonNull(refusalKey, "refusalKey"));
    }

    public boolean allowed() {
        return principal != null;
    }
}
