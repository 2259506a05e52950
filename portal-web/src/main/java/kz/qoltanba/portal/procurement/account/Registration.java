package kz.qoltanba.portal.procurement.account;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * U3: «Подтверждаю данные». Checks everything the form needs (R-AUTH-08, R-AUTH-11), then stores the
 * account as REGISTERED_EMAIL_UNCONFIRMED and sends the activation letter, in the caller's transaction.
 */
public final class Registration {
    private final AccountContext context;

    Registration(AccountContext context) {
        this.context = context;
    }

    /** @return the new account's id */
    public long register(Connection c, RegistrationForm form) throws SQLException {
        List<String> problems = new ArrayList<>();
        ContactRules.check(form.email(), form.phone(), problems);
        PasswordPolicy.check(form.password(), form.confirmation()).forEach(p -> problems.add(p.messageKey()));
        if (form.agreementDocumentId().isEmpty()) {
            problems.add("procurement.registration.agreement_not_signed");
        }
        if (context.accounts().findByIin(c, form.holder().iin(), false).isPresent()) {
            problems.add("procurement.registration.already_registered");
        }
        if (!problems.isEmpty()) {
            throw new RegistrationRefusedException(problems);
        }
        Instant now = context.clock().instant();
        NewAccount account = new NewAccount(
                form.holder(),
                form.holder().birthDate().orElse(null),
                form.email(),
                form.phone(),
                form.resident(),
                context.hasher().hash(form.password()),
                form.agreementDocumentId().get());
        long id;
        try {
            id = context.accounts().insert(c, account, now);
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                throw new RegistrationRefusedException(List.of("procurement.registration.already_registered"));
            }
            throw e;
        }
        String token = context.tokens()
                .issue(
                        c,
                        id,
                        MailTokens.Purpose.ACTIVATION,
                        now,
                        context.settings().activationLinkTtl())
                .value();
        AccountLetters.Letter letter =
                context.letters().activation(form.holder().fullName(), token);
        context.mail().send(c, form.email(), letter.subject(), letter.body());
        context.journal()
                .record(
                        c,
                        "procurement.account.registered",
                        "procurement_account",
                        Long.toString(id),
                        "agreement document " + account.agreementDocumentId());
        return id;
    }
}
