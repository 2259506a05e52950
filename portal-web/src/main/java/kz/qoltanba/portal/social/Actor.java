package kz.qoltanba.portal.social;

import java.util.Objects;

/**
 * Who acts in the social area, as the session established it at login: a supplier (organisation BIN and the
 * employee's IIN), a reviewer (their УКЗиСП's BIN and their IIN) or a recipient (IIN only, {@code bin} null).
 */
public record Actor(Role role, long accountId, String iin, String bin, String displayName) {
    public Actor {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(iin, "iin");
        if (role != Role.RECIPIENT) {
            Objects.requireNonNull(bin, "bin");
        }
    }

    /** The social area's roles; their names are the principal's role strings. */
    public enum Role {
        SUPPLIER,
        REVIEWER,
        RECIPIENT
    }
}
