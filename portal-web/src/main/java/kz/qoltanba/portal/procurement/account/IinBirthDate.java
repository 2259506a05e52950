package kz.qoltanba.portal.procurement.account;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/** Reads the date of birth from an IIN: YYMMDD, then a digit giving century and sex (1–2: 1800s, 3–4: 1900s, 5–6: 2000s). */
final class IinBirthDate {
    private IinBirthDate() {}

    static Optional<LocalDate> of(String iin) {
        int centuryDigit = iin.charAt(6) - '0';
        if (centuryDigit < 1 || centuryDigit > 6) {
            return Optional.empty();
        }
        int century = 1800 + 100 * ((centuryDigit - 1) / 2);
        int year = century + Integer.parseInt(iin.substring(0, 2));
        try {
            return Optional.of(
                    LocalDate.of(year, Integer.parseInt(iin.substring(2, 4)), Integer.parseInt(iin.substring(4, 6))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
