package kz.qoltanba.portal.social.supplier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** An organisation of the social area (supplier), one per BIN; the ГБД ЮЛ part is read-only. */
public record Organisation(
        String bin,
        String nameRu,
        String nameKk,
        String legalForm,
        LocalDate registrationDate,
        String registrationNumber,
        String registrationAuthority,
        String legalAddress,
        String legalAddressKato,
        String headIin,
        String headName,
        String headPosition,
        Instant offerAcceptedAt,
        String offerAcceptedBy,
        String serviceForm,
        Set<String> orderTypes,
        String phone,
        String email,
        String actualAddress,
        Instant profileSavedAt,
        Long tsrPaymentAccountId,
        long version) {

    public boolean offerAccepted() {
        return offerAcceptedAt != null;
    }

    public boolean profileSaved() {
        return profileSavedAt != null;
    }
}
