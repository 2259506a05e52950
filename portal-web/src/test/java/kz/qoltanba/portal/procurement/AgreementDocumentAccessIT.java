package kz.qoltanba.portal.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import kz.qoltanba.portal.db.PortalDatabase;
import kz.qoltanba.portal.db.TestDatabase;
import kz.qoltanba.portal.signing.DocumentAccessRules;
import kz.qoltanba.portal.signing.SignedDocument;
import kz.qoltanba.portal.signing.SignerIdentity;
import kz.qoltanba.portal.signing.SubjectKind;
import kz.qoltanba.portal.testutil.StandInSignatures;
import kz.qoltanba.portal.web.Principal;
import kz.qoltanba.signing.cert.KeyPurpose;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The signed user agreement of a procurement registration opens for the user registered with it, also when they
 * log in with another key (e.g. their organisation's), and for nobody else.
 */
class AgreementDocumentAccessIT {
    private final PortalDatabase db = TestDatabase.fresh();
    private final DocumentAccessRules rules = new DocumentAccessRules(List.of(new AgreementDocumentAccess()));

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    @Test
    void whenTheRegisteredUserOpensTheirAgreement_thenAdmitted_andAnotherUserOrAreaIsNot() {
        long agreementId = db.inTransaction(c -> StandInSignatures.store(c, "850101300111", null, "АХМЕТОВ ЕРЛАН"));
        long account = db.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO procurement_account (iin, full_name, email,"
                    + " status, password_hash, agreement_document_id, registered_at) VALUES (?, ?, ?, 'ACTIVE', 'x', ?, ?)"
                    + " RETURNING id")) {
                s.setString(1, "850101300111");
                s.setString(2, "АХМЕТОВ ЕРЛАН");
                s.setString(3, "arman@example.kz");
                s.setLong(4, agreementId);
                s.setTimestamp(5, Timestamp.from(Instant.now()));
                try (var r = s.executeQuery()) {
                    r.next();
                    return r.getLong(1);
                }
            }
        });
        SignedDocument agreement = agreement(agreementId);
        // The user logged in with their organisation's key: not the signer (other BIN), but the account's agreement.
        Principal user =
                new Principal("procurement", account, Set.of("user"), "АХМЕТОВ ЕРЛАН", "850101300111", "180540012345");
        Principal other = new Principal("procurement", account + 1, Set.of("user"), "Другой", "900101300222", null);
        Principal supplier =
                new Principal("supplier", account, Set.of("supplier"), "АХМЕТОВ ЕРЛАН", "850101300111", "180540012345");

        assertThat(mayView(user, agreement)).isTrue();
        assertThat(mayView(other, agreement)).isFalse();
        assertThat(mayView(supplier, agreement)).isFalse();
        assertThat(mayView(user, agreement(agreementId + 1))).isFalse();
    }

    private boolean mayView(Principal principal, SignedDocument document) {
        Boolean admitted = db.inTransaction(c -> rules.mayView(c, principal, document));
        return admitted;
    }

    private static SignedDocument agreement(long id) {
        return new SignedDocument(
                id,
                UUID.randomUUID(),
                "procurement.agreement",
                "PROCUREMENT_REGISTRATION",
                "session",
                "procurement_registration",
                "session",
                0,
                "xml",
                new byte[0],
                new byte[0],
                new SignerIdentity(
                        "850101300111", null, "АХМЕТОВ ЕРЛАН", null, "ab", SubjectKind.INDIVIDUAL, KeyPurpose.SIGN),
                "CN=issuer",
                "RSA",
                Optional.empty(),
                "{}",
                Instant.now(),
                Instant.now());
    }
}
