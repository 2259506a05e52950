package kz.qoltanba.portal.procurement.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import kz.qoltanba.portal.db.PortalDatabase;
import kz.qoltanba.portal.db.TestDatabase;
import kz.qoltanba.portal.procurement.CapturedMail;
import kz.qoltanba.portal.procurement.TokenVerdict;
import kz.qoltanba.portal.testutil.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PasswordLoginIT {
    private static final String IIN = AccountFixtures.USR1_IIN;

    @TempDir
    Path files;

    private final PortalDatabase db = TestDatabase.fresh();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
    private final CapturedMail mail = new CapturedMail();
    private ProcurementAccounts accounts;

    @BeforeEach
    void activeUser() {
        accounts = AccountFixtures.accounts(clock, mail, files);
        db.inTransaction(c -> accounts.registration()
                .register(c, AccountFixtures.form(c, AccountFixtures.usr1(), "Abcdefg1", "Abcdefg1")));
        String token = mail.lastToken("/procurement/activate");
        db.inTransaction(c -> accounts.activation().activate(c, token));
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    private LoginResult login(String password) {
        return db.inTransaction(c -> accounts.login().attempt(c, IIN, password.toCharArray()));
    }

    @Test
    void whenPasswordIsRight_thenLoginSucceeds() {
        assertThat(login("Abcdefg1")).isInstanceOfSatisfying(LoginResult.Success.class, s -> {
            assertThat(s.emailUnconfirmed()).isFalse();
            assertThat(s.mustChangePassword()).isFalse();
        });
    }

    @Test
    void whenIinIsUnknown_thenNoAccount() {
        LoginResult result = db.inTransaction(c -> accounts.login().attempt(c, "880707300777", "x".toCharArray()));
        assertThat(result).isInstanceOf(LoginResult.NoAccount.class);
    }

    @Test
    void whenEmailIsNotConfirmed_thenSuccessSaysSo() throws Exception {
        PortalDatabase other = TestDatabase.fresh();
        try {
            other.inTransaction(c -> accounts.registration()
                    .register(c, AccountFixtures.form(c, AccountFixtures.usr1(), "Abcdefg1", "Abcdefg1")));
            LoginResult result = other.inTransaction(c -> accounts.login().attempt(c, IIN, "Abcdefg1".toCharArray()));
            assertThat(result)
                    .isInstanceOfSatisfying(
                            LoginResult.Success.class,
                            s -> assertThat(s.emailUnconfirmed()).isTrue());
        } finally {
            other.close();
        }
    }

    @Test
    void whenFiveWrongPasswordsInARow_thenLoginIsLockedForTenMinutes_evenForTheRightPassword() {
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(login("wrong")).isEqualTo(new LoginResult.WrongPassword(5 - attempt));
        }
        assertThat(login("wrong")).isInstanceOfSatisfying(LoginResult.Locked.class, l -> {
            assertThat(l.justLocked()).isTrue();
            assertThat(l.until()).isEqualTo(clock.instant().plus(Duration.ofMinutes(10)));
        });
        clock.advance(Duration.ofMinutes(9));
        assertThat(login("Abcdefg1")).isInstanceOfSatisfying(LoginResult.Locked.class, l -> {
            assertThat(l.justLocked()).isFalse();
            assertThat(l.remaining()).isEqualTo(Duration.ofMinutes(1));
        });
        assertThat(db.<java.util.Optional<ProcurementAccount>>inTransaction(c -> accounts.byIin(c, IIN))
                        .orElseThrow()
                        .status(clock.instant()))
                .isEqualTo(AccountStatus.LOCKED);

        clock.advance(Duration.ofMinutes(1));
        assertThat(db.<java.util.Optional<ProcurementAccount>>inTransaction(c -> accounts.byIin(c, IIN))
                        .orElseThrow()
                        .status(clock.instant()))
                .isEqualTo(AccountStatus.ACTIVE);
        assertThat(login("Abcdefg1")).isInstanceOf(LoginResult.Success.class);
    }

    @Test
    void whenLockExpires_thenTheCounterStartsAgain() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            login("wrong");
        }
        clock.advance(Duration.ofMinutes(10));
        assertThat(login("wrong")).isEqualTo(new LoginResult.WrongPassword(4));
    }

    @Test
    void whenRightPasswordComesBetweenWrongOnes_thenTheCounterIsReset() {
        for (int attempt = 1; attempt <= 4; attempt++) {
            login("wrong");
        }
        assertThat(login("Abcdefg1")).isInstanceOf(LoginResult.Success.class);
        assertThat(login("wrong")).isEqualTo(new LoginResult.WrongPassword(4));
    }

    @Test
    void whenRecoveryLinkIsFollowed_thenTemporaryPasswordLogsInOnce_clearsTheLock_andForcesAChange() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            login("wrong");
        }
        assertThat(db.<Boolean>inTransaction(c -> accounts.recovery().requestLink(c, IIN)))
                .isTrue();
        assertThat(mail.last().to()).isEqualTo("arman@example.kz");
        String link = mail.lastToken("/procurement/recover");

        assertThat(db.<TokenVerdict>inTransaction(c -> accounts.recovery().issueTemporaryPassword(c, link)))
                .isEqualTo(TokenVerdict.ACCEPTED);
        String temporary = mail.lastTemporaryPassword();
        assertThat(PasswordPolicy.check(temporary.toCharArray(), temporary.toCharArray()))
                .isEmpty();
        assertThat(login("Abcdefg1")).isInstanceOf(LoginResult.WrongPassword.class);
        assertThat(login(temporary))
                .isInstanceOfSatisfying(
                        LoginResult.Success.class,
                        s -> assertThat(s.mustChangePassword()).isTrue());

        assertThat(db.<TokenVerdict>inTransaction(c -> accounts.recovery().issueTemporaryPassword(c, link)))
                .isEqualTo(TokenVerdict.USED);

        long id = db.inTransaction(c -> accounts.byIin(c, IIN)).orElseThrow().id();
        assertThat(db.<java.util.List<String>>inTransaction(c -> accounts.passwordChange()
                        .change(c, id, temporary.toCharArray(), "weak".toCharArray(), "weak".toCharArray())))
                .contains("procurement.password.too_short", "procurement.password.no_uppercase");
        assertThat(db.<java.util.List<String>>inTransaction(c -> accounts.passwordChange()
                        .change(c, id, "nope".toCharArray(), "Newpass12".toCharArray(), "Newpass12".toCharArray())))
                .containsExactly("procurement.password.current_wrong");
        assertThat(db.<java.util.List<String>>inTransaction(c -> accounts.passwordChange()
                        .change(c, id, temporary.toCharArray(), "Newpass12".toCharArray(), "Newpass12".toCharArray())))
                .isEmpty();
        assertThat(login("Newpass12"))
                .isInstanceOfSatisfying(
                        LoginResult.Success.class,
                        s -> assertThat(s.mustChangePassword()).isFalse());
    }

    @Test
    void whenRecoveryLinkHasExpired_thenNoTemporaryPasswordIsSent() {
        db.inTransaction(c -> accounts.recovery().requestLink(c, IIN));
        String link = mail.lastToken("/procurement/recover");
        int mailsBefore = mail.all().size();
        clock.advance(Duration.ofHours(24));

        assertThat(db.<TokenVerdict>inTransaction(c -> accounts.recovery().issueTemporaryPassword(c, link)))
                .isEqualTo(TokenVerdict.EXPIRED);
        assertThat(mail.all()).hasSize(mailsBefore);
        assertThat(login("Abcdefg1")).isInstanceOf(LoginResult.Success.class);
    }

    @Test
    void whenActivationTokenIsUsedAsRecoveryLink_thenItIsUnknown() {
        db.inTransaction(c -> accounts.recovery().requestLink(c, IIN));
        assertThat(db.<TokenVerdict>inTransaction(
                        c -> accounts.activation().activate(c, mail.lastToken("/procurement/recover"))))
                .isEqualTo(TokenVerdict.UNKNOWN);
    }
}
