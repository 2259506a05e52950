package kz.qoltanba.portal.procurement.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import kz.qoltanba.portal.db.PortalDatabase;
import kz.qoltanba.portal.db.TestDatabase;
import kz.qoltanba.portal.procurement.CapturedMail;
import kz.qoltanba.portal.procurement.TokenVerdict;
import kz.qoltanba.portal.testutil.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistrationIT {
    @TempDir
    Path files;

    private final PortalDatabase db = TestDatabase.fresh();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
    private final CapturedMail mail = new CapturedMail();

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    private ProcurementAccounts accounts() {
        return AccountFixtures.accounts(clock, mail, files);
    }

    private long register(ProcurementAccounts accounts, RegistrationForm form) {
        return db.inTransaction(c -> accounts.registration().register(c, form));
    }

    /** Registers {@code holder} with a complete form and a stored (stand-in) signed agreement. */
    private long register(
            ProcurementAccounts accounts, CertificateHolder holder, String password, String confirmation) {
        return db.inTransaction(
                c -> accounts.registration().register(c, AccountFixtures.form(c, holder, password, confirmation)));
    }

    @Test
    void whenFormIsComplete_thenAccountAwaitsActivationAndTheSeedLetterIsSent() {
        ProcurementAccounts accounts = accounts();
        long id = register(accounts, AccountFixtures.usr1(), "Abcdefg1", "Abcdefg1");

        ProcurementAccount account = db.inTransaction(c -> accounts.byId(c, id)).orElseThrow();
        assertThat(account.status(clock.instant())).isEqualTo(AccountStatus.REGISTERED_EMAIL_UNCONFIRMED);
        assertThat(account.birthDate()).isEqualTo(LocalDate.of(1991, 6, 6));
        assertThat(account.passwordHash()).startsWith("pbkdf2-sha256$").doesNotContain("Abcdefg1");
        assertThat(mail.last().to()).isEqualTo("arman@example.kz");
        assertThat(mail.last().body())
                .startsWith("Уважаемый(ая) НУРЛАНОВ АРМАН СЕРИКОВИЧ! Вы зарегистрировались на веб-портале.")
                .contains("http://127.0.0.1:8080/procurement/activate?token=");
    }

    @Test
    void whenActivationLinkIsFollowed_thenAccountIsActive_andTheLinkWorksOnce() {
        ProcurementAccounts accounts = accounts();
        long id = register(accounts, AccountFixtures.usr1(), "Abcdefg1", "Abcdefg1");
        String token = mail.lastToken("/procurement/activate");

        assertThat(db.<TokenVerdict>inTransaction(c -> accounts.activation().activate(c, token)))
                .isEqualTo(TokenVerdict.ACCEPTED);
        ProcurementAccount account = db.inTransaction(c -> accounts.byId(c, id)).orElseThrow();
        assertThat(account.status(clock.instant())).isEqualTo(AccountStatus.ACTIVE);
        assertThat(account.emailConfirmedAt()).contains(clock.instant());

        assertThat(db.<TokenVerdict>inTransaction(c -> accounts.activation().activate(c, token)))
                .isEqualTo(TokenVerdict.USED);
        assertThat(db.<TokenVerdict>inTransaction(c -> accounts.activation().activate(c, "forged")))
                .isEqualTo(TokenVerdict.UNKNOWN);
    }

    @Test
    void whenActivationLinkHasExpired_thenItIsRefusedAndTheAccountStaysUnconfirmed() {
        ProcurementAccounts accounts = accounts();
        long id = register(accounts, AccountFixtures.usr1(), "Abcdefg1", "Abcdefg1");
        String token = mail.lastToken("/procurement/activate");
        clock.advance(accounts.settings().activationLinkTtl().plus(Duration.ofSeconds(1)));

        assertThat(db.<TokenVerdict>inTransaction(c -> accounts.activation().activate(c, token)))
                .isEqualTo(TokenVerdict.EXPIRED);
        assertThat(db.<java.util.Optional<ProcurementAccount>>inTransaction(c -> accounts.byId(c, id))
                        .orElseThrow()
                        .storedStatus())
                .isEqualTo(AccountStatus.REGISTERED_EMAIL_UNCONFIRMED);
    }

    @Test
    void whenIinIsAlreadyRegistered_thenSecondRegistrationIsRefused() {
        ProcurementAccounts accounts = accounts();
        register(accounts, AccountFixtures.usr1(), "Abcdefg1", "Abcdefg1");

        assertThatThrownBy(() -> register(accounts, AccountFixtures.usr1(), "Xyzabcd9", "Xyzabcd9"))
                .isInstanceOf(RegistrationRefusedException.class)
                .extracting(e -> ((RegistrationRefusedException) e).messageKeys())
                .asList()
                .containsExactly("procurement.registration.already_registered");
        assertThat(mail.all()).hasSize(1);
    }

    @Test
    void whenAgreementIsNotSigned_thenNothingIsRegistered() {
        ProcurementAccounts accounts = accounts();
        RegistrationForm unsigned = new RegistrationForm(
                AccountFixtures.usr1(),
                "arman@example.kz",
                null,
                true,
                "Abcdefg1".toCharArray(),
                "Abcdefg1".toCharArray(),
                Optional.empty());

        assertThatThrownBy(() -> register(accounts, unsigned))
                .extracting(e -> ((RegistrationRefusedException) e).messageKeys())
                .asList()
                .containsExactly("procurement.registration.agreement_not_signed");
        assertThat(db.<java.util.Optional<ProcurementAccount>>inTransaction(
                        c -> accounts.byIin(c, AccountFixtures.USR1_IIN)))
                .isEmpty();
        assertThat(mail.all()).isEmpty();
    }

    @Test
    void whenPasswordsBreakThePolicy_thenEachRuleIsNamed() {
        ProcurementAccounts accounts = accounts();
        assertThat(problems(accounts, "abcdefg1", "abcdefg1")).containsExactly("procurement.password.no_uppercase");
        assertThat(problems(accounts, "Abc1234", "Abc1234")).containsExactly("procurement.password.too_short");
        assertThat(problems(accounts, "Abcdefgh1234567890123", "Abcdefgh1234567890123"))
                .containsExactly("procurement.password.too_long");
        assertThat(problems(accounts, "Abcdefgh", "Abcdefgh")).containsExactly("procurement.password.no_digit");
        assertThat(problems(accounts, "ABCDEFG1", "ABCDEFG1")).containsExactly("procurement.password.no_lowercase");
        assertThat(problems(accounts, "Abcdefg1", "Abcdefg2"))
                .containsExactly("procurement.password.confirmation_mismatch");
        assertThat(problems(accounts, "Пароль12", "Пароль12")).isEmpty();
    }

    @Test
    void whenEmailIsMissingOrMalformed_thenRegistrationIsRefused() {
        ProcurementAccounts accounts = accounts();
        for (String email : new String[] {"", "no-at-sign", "a@b"}) {
            RegistrationForm form = new RegistrationForm(
                    AccountFixtures.usr1(),
                    email,
                    null,
                    true,
                    "Abcdefg1".toCharArray(),
                    "Abcdefg1".toCharArray(),
                    Optional.of(1L));
            assertThatThrownBy(() -> register(accounts, form))
                    .extracting(e -> ((RegistrationRefusedException) e).messageKeys())
                    .asList()
                    .containsExactly(
                            email.isEmpty()
                                    ? "procurement.registration.email_missing"
                                    : "procurement.registration.email_invalid");
        }
    }

    private java.util.List<String> problems(ProcurementAccounts accounts, String password, String confirmation) {
        try {
            db.inTransaction(c -> {
                accounts.registration()
                        .register(c, AccountFixtures.form(c, AccountFixtures.usr1(), password, confirmation));
                throw new java.sql.SQLException("roll back the accepted registration");
            });
            throw new AssertionError("unreachable");
        } catch (RegistrationRefusedException e) {
            return e.messageKeys();
        } catch (kz.qoltanba.portal.db.DatabaseException e) {
            return java.util.List.of();
        }
    }
}
