package kz.qoltanba.portal.procurement.account;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The password step after the certificate step (L5 items 8–10). The counter is per account and counts
 * consecutive wrong passwords; the {@code maxFailedPasswords}-th locks the login for the configured
 * duration; while locked every attempt is refused without looking at the password; a right password, the
 * lock's expiry and a password reset clear the counter (spec Q22).
 */
public final class PasswordLogin {
    private final AccountContext context;

    PasswordLogin(AccountContext context) {
        this.context = context;
    }

    public LoginResult attempt(Connection c, String iin, char[] password) throws SQLException {
        Optional<ProcurementAccount> found = context.accounts().findByIin(c, iin, true);
        if (found.isEmpty()) {
            return new LoginResult.NoAccount();
        }
        ProcurementAccount account = found.get();
        // PostgreSQL keeps microseconds (rounding the rest), so the lock's end is computed at that precision.
        Instant now = context.clock().instant().truncatedTo(ChronoUnit.MICROS);
        if (account.isLockedAt(now)) {
            Instant until = account.lockedUntil().orElseThrow();
            return new LoginResult.Locked(until, Duration.between(now, until), false);
        }
        int failedSoFar = account.lockedUntil().isPresent() ? 0 : account.failedLoginCount();
        String id = Long.toString(account.id());
        if (context.hasher().matches(password, account.passwordHash())) {
            context.accounts().clearFailures(c, account.id());
            context.journal().record(c, "procurement.login.password_accepted", "procurement_account", id, null);
            return new LoginResult.Success(account);
        }
        int failed = failedSoFar + 1;
        int max = context.settings().maxFailedPasswords();
        if (failed >= max) {
            Instant until = now.plus(context.settings().lockoutDuration());
            context.accounts().recordFailedPassword(c, account.id(), 0, until);
            context.journal().record(c, "procurement.login.locked", "procurement_account", id, "until " + until);
            return new LoginResult.Locked(until, context.settings().lockoutDuration(), true);
        }
        context.accounts().recordFailedPassword(c, account.id(), failed, null);
        context.journal().record(c, "procurement.login.wrong_password", "procurement_account", id, "attempt " + failed);
        return new LoginResult.WrongPassword(max - failed);
    }
}
