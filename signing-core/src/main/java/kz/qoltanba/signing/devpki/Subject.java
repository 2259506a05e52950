package kz.qoltanba.signing.devpki;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;

/**
 * A subject as NCA writes it: CN (surname and first name), SURNAME, SERIALNUMBER (IIN…), C=KZ, O, OU
 * (BIN…), GIVENNAME (the patronymic). Information systems carry CN, C, O and OU only.
 */
record Subject(String surname, String firstName, String patronymic, String iin, String organisation, String bin) {

    static Subject individual(String surname, String firstName, String patronymic, String iin) {
        return new Subject(surname, firstName, patronymic, iin, null, null);
    }

    static Subject employee(
            String surname, String firstName, String patronymic, String iin, String organisation, String bin) {
        return new Subject(surname, firstName, patronymic, iin, organisation, bin);
    }

    static Subject system(String commonName, String organisation, String bin) {
        return new Subject(null, commonName, null, null, organisation, bin);
    }

    String commonName() {
        return surname == null ? firstName : surname + " " + firstName;
    }

    X500Name toX500Name() {
        X500NameBuilder name = new X500NameBuilder(BCStyle.INSTANCE);
        name.addRDN(BCStyle.CN, commonName());
        if (surname != null) {
            name.addRDN(BCStyle.SURNAME, surname);
        }
        if (iin != null) {
            name.addRDN(BCStyle.SERIALNUMBER, "IIN" + iin);
        }
        name.addRDN(BCStyle.C, "KZ");
        if (organisation != null) {
            name.addRDN(BCStyle.O, organisation);
            name.addRDN(BCStyle.OU, "BIN" + bin);
        }
        if (patronymic != null) {
            name.addRDN(BCStyle.GIVENNAME, patronymic);
        }
        return name.build();
    }
}
