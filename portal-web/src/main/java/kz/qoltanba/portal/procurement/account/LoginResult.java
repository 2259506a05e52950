package kz.qoltanba.portal.procurement.account;

import java.time.Duration;
import java.time.Instant;

/** The outcome of the password step of a procurement login (U4, U6, U7, R-AUTH-13). */
public sealed interface LoginResult {
    /** The password was right; the caller opens the session (limited when the e-mail is unconfirmed). */
    record Success(ProcurementAccount account) implements LoginResult {
        public boolean emailUnconfirmed() {
            return account.storedStatus() == AccountStatus.REGISTERED_EMAIL_UNCONFIRMED;
        }

        public boolean mustChangePassword() {
            return account.mustChangePassword();
        }
    }

    /** «Неправильный пароль»; {@code attemptsLeft} more wrong ones lock the login. */
    record WrongPassword(int attemptsLeft) implements LoginResult {}

    /** Login is blocked until {@code until}; {@code justLocked} when this attempt caused it. */
    record Locked(Instant until, Duration remaining, boolean justLocked) implements LoginResult {}

    /** No account has this IIN (the caller shows the registration form instead). */
    record NoAccount() implements LoginResult {}
}
