package kz.qoltanba.portal.signing;

import kz.qoltanba.signing.cert.KeyPurpose;

/**
 * Who signed, as the verified certificate says.
 *
 * @param iin the holder's IIN, or null
 * @param bin the organisation's BIN, or null for an individual
 * @param name the holder's full name (CN and patronymic)
 * @param organization the organisation's name, or null
 * @param serial the certificate serial number, lower-case hex
 */
public record SignerIdentity(
        String iin,
        String bin,
        String name,
        String organization,
        String serial,
        SubjectKind subjectKind,
        KeyPurpose purpose) {}
