package kz.qoltanba.portal.procurement.account;

import java.security.SecureRandom;
import java.time.Clock;
import kz.qoltanba.portal.procurement.Journal;
import kz.qoltanba.portal.procurement.OutgoingMail;
import kz.qoltanba.portal.procurement.ProcurementSettings;

/** What every account operation needs; built once by {@link ProcurementAccounts}. */
record AccountContext(
        Clock clock,
        ProcurementSettings settings,
        PasswordHasher hasher,
        OutgoingMail mail,
        Journal journal,
        AccountRepository accounts,
        MailTokens tokens,
        TemporaryPasswords temporaryPasswords,
        AccountLetters letters) {
    static AccountContext of(
            Clock clock,
            ProcurementSettings settings,
            PasswordHasher hasher,
            OutgoingMail mail,
            Journal journal,
            SecureRandom random) {
        return new AccountContext(
                clock,
                settings,
                hasher,
                mail,
                journal,
                new AccountRepository(),
                new MailTokens(random),
                new TemporaryPasswords(random),
                new AccountLetters(settings.publicOrigin()));
    }
}
