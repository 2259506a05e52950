package kz.qoltanba.portal.standins;

/**
 * An organisation as ГБД ЮЛ knows it (I-1). Dates are ISO {@code yyyy-MM-dd}; {@code active} is false for a
 * liquidated organisation.
 */
public record RegisteredOrganisation(
        String bin,
        String nameRu,
        String nameKk,
        String legalForm,
        String registrationDate,
        String registrationNumber,
        String registrationAuthority,
        String legalAddress,
        String legalAddressKato,
        String headIin,
        String headName,
        String headPosition,
        boolean active) {}
