package kz.qoltanba.portal.procurement.account;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Who presented a verified authentication certificate at the procurement login: the values the
 * registration form shows read-only (spec §2.10, R-AUTH-09).
 *
 * @param iin the 12-digit IIN from the certificate's SERIALNUMBER
 * @param fullName the holder's name as the certificate gives it (surname, name, patronymic)
 * @param bin the organisation's BIN for an employee's certificate, else null
 * @param email the certificate's e-mail, used to prefill the form, or null
 */
public record CertificateHolder(
        String iin,
        String fullName,
        String surname,
        String givenName,
        String patronymic,
        String bin,
        String organisation,
        String email,
        String certificateSerial) {
    public CertificateHolder {
        Objects.requireNonNull(iin, "iin");
        if (!iin.matches("\\d{12}")) {
            throw new IllegalArgumentException("the certificate's IIN is not 12 digits: " + iin);
        }
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(certificateSerial, "certificateSerial");
    }

    /** The date of birth the IIN encodes (digits 1–6 YYMMDD, digit 7 the century), if it is a valid date. */
    public Optional<LocalDate> birthDate() {
        return IinBirthDate.of(iin);
    }
}
