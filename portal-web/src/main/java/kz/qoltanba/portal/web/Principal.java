package kz.qoltanba.portal.web;

import java.util.Objects;
import java.util.Set;

/**
 * Who is logged in: the area they logged into ({@code "social"}, {@code "go"}, {@code "procurement"}, …), their
 * account there, their roles, the name to show, and the IIN/BIN their login certificate carried (BIN null for an
 * individual).
 */
public record Principal(String area, long accountId, Set<String> roles, String displayName, String iin, String bin) {
    public Principal {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(displayName, "displayName");
        if (area.isBlank() || area.contains(",")) {
            throw new IllegalArgumentException("area must be a non-empty word, got '" + area + "'");
        }
        roles = Set.copyOf(roles);
        for (String role : roles) {
            if (role.isBlank() || role.contains(",")) {
                throw new IllegalArgumentException(
                        "a role must be a non-empty word without commas, got '" + role + "'");
            }
        }
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
