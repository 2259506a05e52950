package kz.qoltanba.portal.procurement.account;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A stored procurement user account.
 *
 * @param storedStatus REGISTERED_EMAIL_UNCONFIRMED or ACTIVE; see {@link #status(Instant)} for the lock
 * @param passwordHash the KDF output in {@link PasswordHasher}'s format; never shown or logged
 * @param administrator the system administrator's flag (spec L6), set by the operator in the database
 */
public record ProcurementAccount(
        long id,
        String iin,
        String fullName,
        LocalDate birthDate,
        String bin,
        String organisation,
        String email,
        String phone,
        boolean resident,
        AccountStatus storedStatus,
        Optional<Instant> emailConfirmedAt,
        String passwordHash,
        boolean mustChangePassword,
        int failedLoginCount,
        Optional<Instant> lockedUntil,
        long agreementDocumentId,
        Instant registeredAt,
        boolean administrator) {

    /** The status at {@code now}: LOCKED while the lock lasts, else the stored status. */
    public AccountStatus status(Instant now) {
        return isLockedAt(now) ? AccountStatus.LOCKED : storedStatus;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil.filter(now::isBefore).isPresent();
    }

    @Override
    public String toString() {
        return "ProcurementAccount[id=" + id + ", iin=" + iin + ", status=" + storedStatus + "]";
    }
}
