package kz.qoltanba.portal.procurement.account;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import kz.qoltanba.portal.procurement.Journal;
import kz.qoltanba.portal.procurement.OutgoingMail;
import kz.qoltanba.portal.procurement.ProcurementSettings;

/** The account operations of the procurement area, sharing one clock, settings, hasher and mailer. */
public final class ProcurementAccounts {
    private final AccountContext context;
    private final Registration registration;
    private final PasswordLogin login;
    private final EmailActivation activation;
    private final PasswordRecovery recovery;
    private final PasswordChange passwordChange;
    private final ContactChange contactChange;

    private ProcurementAccounts(AccountContext context) {
        this.context = context;
        this.registration = new Registration(context);
        this.login = new PasswordLogin(context);
        this.activation = new EmailActivation(context);
        this.recovery = new PasswordRecovery(context);
        this.passwordChange = new PasswordChange(context);
        this.contactChange = new ContactChange(context);
    }

    public static ProcurementAccounts create(
            Clock clock, ProcurementSettings settings, PasswordHasher hasher, OutgoingMail mail, Journal journal) {
        return new ProcurementAccounts(AccountContext.of(clock, settings, hasher, mail, journal, new SecureRandom()));
    }

    public Registration registration() {
        return registration;
    }

    public PasswordLogin login() {
        return login;
    }

    public EmailActivation activation() {
        return activation;
    }

    public PasswordRecovery recovery() {
        return recovery;
    }

    public PasswordChange passwordChange() {
        return passwordChange;
    }

    public ContactChange contactChange() {
        return contactChange;
    }

    /**
     * An account that registered with the signed agreement {@code agreementDocumentId} and already confirmed its
     * e-mail (ACTIVE): for the demo data, so a person can log in at once. The password must pass the rules.
     */
    public long createActive(
            Connection c, CertificateHolder holder, String email, char[] password, long agreementDocumentId)
            throws SQLException {
        List<PasswordProblem> problems = PasswordPolicy.check(password, password);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("password: breaks the password rules " + problems);
        }
        java.time.Instant now = context.clock().instant();
        long id = context.accounts()
                .insert(
                        c,
                        new NewAccount(
                                holder,
                                holder.birthDate().orElse(null),
                                email,
                                null,
                                true,
                                context.hasher().hash(password),
                                agreementDocumentId),
                        now);
        context.accounts().activate(c, id, now);
        context.journal().record(c, "procurement.account.demo_created", "procurement_account", Long.toString(id), null);
        return id;
    }

    public Optional<ProcurementAccount> byIin(Connection c, String iin) throws SQLException {
        return context.accounts().findByIin(c, iin, false);
    }

    public Optional<ProcurementAccount> byId(Connection c, long id) throws SQLException {
        return context.accounts().findById(c, id, false);
    }

    public ProcurementSettings settings() {
        return context.settings();
    }

    public Clock clock() {
        return context.clock();
    }
}
