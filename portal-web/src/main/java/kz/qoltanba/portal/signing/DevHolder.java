package kz.qoltanba.portal.signing;

/**
 * A certificate holder of the development PKI that the library's fixed personas do not cover (a legal
 * entity's authentication key, a second organisation). {@code organisation} and {@code bin} are null for an
 * individual.
 */
public record DevHolder(
        String surname, String firstName, String patronymic, String iin, String organisation, String bin) {
    public DevHolder {
        if (iin == null || !iin.matches("\\d{12}")) {
            throw new IllegalArgumentException("iin: expected 12 digits, got '" + iin + "'");
        }
        if ((organisation == null) != (bin == null)) {
            throw new IllegalArgumentException("organisation and bin: give both for a legal entity, neither otherwise");
        }
        if (bin != null && !bin.matches("\\d{12}")) {
            throw new IllegalArgumentException("bin: expected 12 digits, got '" + bin + "'");
        }
    }

    public static DevHolder individual(String surname, String firstName, String patronymic, String iin) {
        return new DevHolder(surname, firstName, patronymic, iin, null, null);
    }

    public static DevHolder employee(
            String surname, String firstName, String patronymic, String iin, String organisation, String bin) {
        return new DevHolder(surname, firstName, patronymic, iin, organisation, bin);
    }

    /** The certificate's CN as NCA writes it: surname and first name. */
    public String commonName() {
        return surname + " " + firstName;
    }

    public boolean isLegal() {
        return bin != null;
    }
}
