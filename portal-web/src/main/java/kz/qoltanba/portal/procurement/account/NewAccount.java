package kz.qoltanba.portal.procurement.account;

import java.time.LocalDate;

/** What registration stores: identity from the certificate, contact data from the form, the password's hash. */
record NewAccount(
        CertificateHolder holder,
        LocalDate birthDate,
        String email,
        String phone,
        boolean resident,
        String passwordHash,
        long agreementDocumentId) {}
