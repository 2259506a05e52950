package kz.qoltanba.portal.procurement.account;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import kz.qoltanba.portal.procurement.CapturedMail;
import kz.qoltanba.portal.procurement.Journal;
import kz.qoltanba.portal.procurement.ProcurementSettings;
import kz.qoltanba.portal.testutil.MutableClock;
import kz.qoltanba.portal.testutil.StandInSignatures;

/** Test factories: the spec's USR1 holder, a cheap hasher, settings with the spec's lockout. */
public final class AccountFixtures {
    public static final String USR1_IIN = "910606300666";

    private AccountFixtures() {}

    public static CertificateHolder usr1() {
        return new CertificateHolder(
                USR1_IIN,
                "НУРЛАНОВ АРМАН СЕРИКОВИЧ",
                "НУРЛАНОВ",
                "АРМАН",
                "СЕРИКОВИЧ",
                "170840045678",
                "ТОО «ФармИмпорт»",
                "arman@example.kz",
                "1a2b");
    }

    public static ProcurementSettings settings(Path files) {
        return ProcurementSettings.defaults(files, "http://127.0.0.1:8080", Duration.ofMinutes(10));
    }

    public static ProcurementAccounts accounts(MutableClock clock, CapturedMail mail, Path files) {
        Journal none = (c, action, type, id, details) -> {};
        return ProcurementAccounts.create(clock, settings(files), PasswordHasher.pbkdf2(1_000), mail, none);
    }

    /** A complete registration form of {@code holder}, with a stand-in signed agreement stored on {@code c}. */
    public static RegistrationForm form(Connection c, CertificateHolder holder, String password, String confirmation)
            throws SQLException {
        long agreement = StandInSignatures.store(c, holder.iin(), holder.bin(), holder.fullName());
        return new RegistrationForm(
                holder,
                holder.email(),
                "+7 701 000 0000",
                true,
                password.toCharArray(),
                confirmation.toCharArray(),
                Optional.of(agreement));
    }
}
