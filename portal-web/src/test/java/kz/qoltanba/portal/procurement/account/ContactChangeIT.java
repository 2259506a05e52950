package kz.qoltanba.portal.procurement.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import kz.qoltanba.portal.db.PortalDatabase;
import kz.qoltanba.portal.db.TestDatabase;
import kz.qoltanba.portal.procurement.CapturedMail;
import kz.qoltanba.portal.procurement.TokenVerdict;
import kz.qoltanba.portal.testutil.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** U10: «Редактировать данные» and «Подтвердить адрес электронной почты». */
class ContactChangeIT {
    @TempDir
    Path files;

    private final PortalDatabase db = TestDatabase.fresh();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
    private final CapturedMail mail = new CapturedMail();
    private ProcurementAccounts accounts;
    private long id;

    @BeforeEach
    void activeUser() {
        accounts = AccountFixtures.accounts(clock, mail, files);
        id = db.inTransaction(c -> accounts.registration()
                .register(c, AccountFixtures.form(c, AccountFixtures.usr1(), "Abcdefg1", "Abcdefg1")));
        String token = mail.lastToken("/procurement/activate");
        db.inTransaction(c -> accounts.activation().activate(c, token));
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    private ProcurementAccount account() {
        return db.inTransaction(c -> accounts.byId(c, id)).orElseThrow();
    }

    private List<String> change(String email, String phone) {
        return db.inTransaction(c -> accounts.contactChange().change(c, id, email, phone));
    }

    @Test
    void whenOnlyThePhoneChanges_thenTheAddressStaysConfirmedAndNoMailIsSent() {
        int before = mail.all().size();
        assertThat(change("arman@example.kz", "+7 702 111 2233")).isEmpty();
        assertThat(account().phone()).isEqualTo("+7 702 111 2233");
        assertThat(account().emailConfirmedAt()).isPresent();
        assertThat(mail.all()).hasSize(before);
    }

    @Test
    void whenEmailIsMissingOrMalformed_thenNothingChanges() {
        assertThat(change("", null)).containsExactly("procurement.registration.email_missing");
        assertThat(change("nope", "12"))
                .containsExactly("procurement.registration.email_invalid", "procurement.registration.phone_invalid");
        assertThat(account().email()).isEqualTo("arman@example.kz");
    }

    @Test
    void whenEmailChanges_thenItIsUnconfirmedUntilTheLinkMailedToTheNewAddressIsFollowed() {
        assertThat(change("new@example.kz", null)).isEmpty();
        assertThat(account().email()).isEqualTo("new@example.kz");
        assertThat(account().emailConfirmedAt()).isEmpty();
        assertThat(account().status(clock.instant())).isEqualTo(AccountStatus.ACTIVE);
        assertThat(mail.last().to()).isEqualTo("new@example.kz");
        assertThat(mail.last().body()).contains("Для подтверждения адреса электронной почты");
        String first = mail.lastToken("/procurement/activate");
        assertThat(db.<LoginResult>inTransaction(
                        c -> accounts.login().attempt(c, AccountFixtures.USR1_IIN, "Abcdefg1".toCharArray())))
                .isInstanceOfSatisfying(
                        LoginResult.Success.class,
                        s -> assertThat(s.emailUnconfirmed()).isFalse());

        db.inTransaction(c -> {
            accounts.contactChange().resendConfirmation(c, id);
            return null;
        });
        String second = mail.lastToken("/procurement/activate");
        assertThat(db.<TokenVerdict>inTransaction(c -> accounts.activation().activate(c, first)))
                .isEqualTo(TokenVerdict.USED);
        assertThat(db.<TokenVerdict>inTransaction(c -> accounts.activation().activate(c, second)))
                .isEqualTo(TokenVerdict.ACCEPTED);
        assertThat(account().emailConfirmedAt()).contains(clock.instant());
    }
}
