package kz.qoltanba.bridge.ui;

import java.time.Instant;
import java.util.Objects;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import kz.qoltanba.signing.cert.CertificateInfo;

/**
 * Who signs, as the dialogs show it (read from signing-core's {@link CertificateInfo}).
 *
 * @param name the holder's name (common name and, for people, the patronymic)
 * @param iin the 12-digit IIN, or null
 * @param bin the 12-digit BIN, or null
 * @param organization the organisation, or null
 * @param notBefore start of validity
 * @param notAfter end of validity
 * @param serialNumber lower-case hex
 * @param issuer the issuer's common name (or whole DN)
 */
record SignerSummary(
        String name,
        String iin,
        String bin,
        String organization,
        Instant notBefore,
        Instant notAfter,
        String serialNumber,
        String issuer) {
    SignerSummary {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(notAfter, "notAfter");
        Objects.requireNonNull(serialNumber, "serialNumber");
    }

    static SignerSummary of(CertificateInfo info) {
        String name = info.commonName() == null ? info.subjectDn() : info.commonName();
        if (info.givenName() != null && !name.contains(info.givenName())) {
            name = name + " " + info.givenName();
        }
        return new SignerSummary(
                name,
                info.iin(),
                info.bin(),
                info.organization(),
                info.notBefore(),
                info.notAfter(),
                info.serialNumber(),
                issuerName(info.issuerDn()));
    }

    boolean isValidAt(Instant instant) {
        return !instant.isBefore(notBefore) && !instant.isAfter(notAfter);
    }

    private static String issuerName(String issuerDn) {
        try {
            for (Rdn rdn : new LdapName(issuerDn).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN")) {
                    return String.valueOf(rdn.getValue());
                }
            }
        } catch (InvalidNameException e) {
            // shown whole below
        }
        return issuerDn;
    }
}
