package kz.qoltanba.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import kz.qoltanba.portal.db.PortalDatabase;
import kz.qoltanba.portal.db.TestDatabase;
import kz.qoltanba.portal.mail.MailMessage;
import kz.qoltanba.portal.mail.Mailer;
import kz.qoltanba.portal.web.Principal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The audit journal and the mailer write in the caller's transaction: both or nothing. */
class JournalAndMailIT {
    static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    static PortalDatabase db;
    final AuditJournal journal = new AuditJournal(Clock.fixed(NOW, ZoneOffset.UTC));
    final Mailer mailer = new Mailer(Clock.fixed(NOW, ZoneOffset.UTC), "noreply@portal.test");
    final Principal reviewer = new Principal("go", 3, Set.of("reviewer"), "КИМ ОЛЕГ", "810808300884", "990440000226");

    @BeforeAll
    static void open() {
        db = TestDatabase.fresh();
    }

    @AfterAll
    static void close() throws Exception {
        db.close();
    }

    @Test
    void whenAnActionIsRecorded_thenItsEntryNamesWhoWhenAndWhat() {
        db.inTransaction(c -> {
            journal.record(c, reviewer, "application.approved", "application", "A-1", "from IN_WORK to APPROVED");
            journal.record(c, null, "application.created", "application", "A-2", null);
            return null;
        });

        AuditEvent event =
                db.inTransaction(c -> journal.of(c, "application", "A-1")).get(0);
        assertThat(event.at()).isEqualTo(NOW);
        assertThat(event.actorArea()).isEqualTo("go");
        assertThat(event.actorAccountId()).isEqualTo(3L);
        assertThat(event.actorIin()).isEqualTo("810808300884");
        assertThat(event.action()).isEqualTo("application.approved");
        assertThat(event.details()).isEqualTo("from IN_WORK to APPROVED");
        AuditEvent anonymous =
                db.inTransaction(c -> journal.of(c, "application", "A-2")).get(0);
        assertThat(anonymous.actorAccountId()).isNull();
        List<AuditEvent> latest = db.inTransaction(c -> journal.latest(c, 1));
        assertThat(latest).extracting(AuditEvent::objectId).containsExactly("A-2");
    }

    @Test
    void whenTheChangeIsRolledBack_thenNeitherEntryNorMailRemains() {
        assertThatThrownBy(() -> db.inTransaction(c -> {
                    journal.record(c, reviewer, "order.confirmed", "order", "O-9", null);
                    mailer.send(c, "rec@example.kz", "Заказ подтверждён", "…");
                    throw new IllegalStateException("state changed meanwhile");
                }))
                .hasMessage("state changed meanwhile");

        List<AuditEvent> entries = db.inTransaction(c -> journal.of(c, "order", "O-9"));
        List<MailMessage> mails = db.inTransaction(c -> mailer.mailbox(c, "rec@example.kz"));
        assertThat(entries).isEmpty();
        assertThat(mails).isEmpty();
    }

    @Test
    void whenAMailIsSent_thenTheMailboxOfItsAddresseeShowsIt() {
        long id = db.inTransaction(c -> mailer.send(c, " User@Example.KZ ", "Активация", "Ссылка"));

        List<MailMessage> mails = db.inTransaction(c -> mailer.mailbox(c, "user@example.kz"));
        assertThat(mails).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo(id);
            assertThat(m.from()).isEqualTo("noreply@portal.test");
            assertThat(m.sentAt()).isEqualTo(NOW);
            assertThat(m.body()).isEqualTo("Ссылка");
        });
    }

    @Test
    void whenTheAddressOrSubjectIsBad_thenTheMailIsRefusedNamingTheProblem() {
        assertThatThrownBy(() -> db.inTransaction(c -> mailer.send(c, "no-at-sign", "S", "B")))
                .hasMessageContaining("not an e-mail address: 'no-at-sign'");
        assertThatThrownBy(() -> db.inTransaction(c -> mailer.send(c, "a@b.kz", " ", "B")))
                .hasMessageContaining("no subject");
    }
}
