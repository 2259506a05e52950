package kz.qoltanba.portal.procurement.account;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** U11 and the forced change after a temporary password (R-USR-03): current password, policy, repetition. */
public final class PasswordChange {
    private final AccountContext context;

    PasswordChange(AccountContext context) {
        this.context = context;
    }

    /** @return message keys of the problems; empty when the password was changed */
    public List<String> change(Connection c, long accountId, char[] current, char[] next, char[] repeat)
            throws SQLException {
        ProcurementAccount account =
                context.accounts().findById(c, accountId, true).orElseThrow();
        List<String> problems = new ArrayList<>();
        if (!context.hasher().matches(current, account.passwordHash())) {
            problems.add("procurement.password.current_wrong");
        }
        PasswordPolicy.check(next, repeat).forEach(p -> problems.add(p.messageKey()));
        if (problems.isEmpty() && java.util.Arrays.equals(current, next)) {
            problems.add("procurement.password.same_as_current");
        }
        if (!problems.isEmpty()) {
            return List.copyOf(problems);
        }
        context.accounts().setPassword(c, accountId, context.hasher().hash(next), false);
        context.journal()
                .record(c, "procurement.password.changed", "procurement_account", Long.toString(accountId), null);
        return List.of();
    }
}
