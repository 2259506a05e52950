package kz.qoltanba.portal.procurement.account;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * U10, R-USR-01/02: «Редактировать данные» saves the e-mail (required) and the phone; a new e-mail address is
 * not confirmed until the link mailed to it («Подтвердить адрес электронной почты») is followed. Earlier unused
 * confirmation links stop working. The account stays ACTIVE meanwhile.
 */
public final class ContactChange {
    private final AccountContext context;

    ContactChange(AccountContext context) {
        this.context = context;
    }

    /** @return message keys of the problems; empty when saved */
    public List<String> change(Connection c, long accountId, String email, String phone) throws SQLException {
        String cleanEmail = email == null ? "" : email.strip();
        String cleanPhone = phone == null || phone.isBlank() ? null : phone.strip();
        List<String> problems = new ArrayList<>();
        ContactRules.check(cleanEmail, cleanPhone, problems);
        if (!problems.isEmpty()) {
            return List.copyOf(problems);
        }
        ProcurementAccount account =
                context.accounts().findById(c, accountId, true).orElseThrow();
        boolean emailChanged = !account.email().equalsIgnoreCase(cleanEmail);
        context.accounts().changeContacts(c, accountId, cleanEmail, cleanPhone, emailChanged);
        if (emailChanged) {
            requestConfirmation(c, account.id(), account.fullName(), cleanEmail);
        }
        context.journal()
                .record(
                        c,
                        "procurement.account.contacts_changed",
                        "procurement_account",
                        Long.toString(accountId),
                        emailChanged ? "e-mail changed" : "phone changed");
        return List.of();
    }

    /** Mails a new confirmation link to the account's current address, replacing any earlier one. */
    public void resendConfirmation(Connection c, long accountId) throws SQLException {
        ProcurementAccount account =
                context.accounts().findById(c, accountId, true).orElseThrow();
        if (account.emailConfirmedAt().isEmpty()) {
            requestConfirmation(c, account.id(), account.fullName(), account.email());
        }
    }

    private void requestConfirmation(Connection c, long accountId, String fullName, String email) throws SQLException {
        Instant now = context.clock().instant();
        context.tokens().revoke(c, accountId, MailTokens.Purpose.ACTIVATION, now);
        String token = context.tokens()
                .issue(
                        c,
                        accountId,
                        MailTokens.Purpose.ACTIVATION,
                        now,
                        context.settings().activationLinkTtl())
                .value();
        AccountLetters.Letter letter = context.letters().emailConfirmation(fullName, token);
        context.mail().send(c, email, letter.subject(), letter.body());
    }
}
