package kz.qoltanba.portal.procurement.account;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import kz.qoltanba.portal.procurement.TokenTable;
import kz.qoltanba.portal.procurement.TokenVerdict;

/**
 * U9, R-AUTH-14: «Забыли пароль?» mails a single-use link; following it sets a random temporary password,
 * mails it, clears the lock and forces a change at the next login.
 */
public final class PasswordRecovery {
    private final AccountContext context;

    PasswordRecovery(AccountContext context) {
        this.context = context;
    }

    /** Mails the recovery link to the account's address; false when no account has this IIN. */
    public boolean requestLink(Connection c, String iin) throws SQLException {
        Optional<ProcurementAccount> found = context.accounts().findByIin(c, iin, false);
        if (found.isEmpty()) {
            return false;
        }
        ProcurementAccount account = found.get();
        Instant now = context.clock().instant();
        String token = context.tokens()
                .issue(
                        c,
                        account.id(),
                        MailTokens.Purpose.RECOVERY,
                        now,
                        context.settings().recoveryLinkTtl())
                .value();
        AccountLetters.Letter letter = context.letters().recoveryLink(account.fullName(), token);
        context.mail().send(c, account.email(), letter.subject(), letter.body());
        context.journal()
                .record(
                        c,
                        "procurement.password.recovery_requested",
                        "procurement_account",
                        Long.toString(account.id()),
                        null);
        return true;
    }

    /** Spends the link's token and mails a temporary password. */
    public TokenVerdict issueTemporaryPassword(Connection c, String token) throws SQLException {
        TokenTable.Use use = context.tokens()
                .spend(c, token, MailTokens.Purpose.RECOVERY, context.clock().instant());
        if (use.verdict() != TokenVerdict.ACCEPTED) {
            return use.verdict();
        }
        ProcurementAccount account =
                context.accounts().findById(c, use.accountId(), true).orElseThrow();
        char[] temporary = context.temporaryPasswords().next();
        try {
            context.accounts().setPassword(c, account.id(), context.hasher().hash(temporary), true);
            AccountLetters.Letter letter = context.letters().temporaryPassword(account.fullName(), temporary);
            context.mail().send(c, account.email(), letter.subject(), letter.body());
        } finally {
            Arrays.fill(temporary, '\0');
        }
        context.journal()
                .record(
                        c,
                        "procurement.password.temporary_issued",
                        "procurement_account",
                        Long.toString(account.id()),
                        null);
        return TokenVerdict.ACCEPTED;
    }
}
