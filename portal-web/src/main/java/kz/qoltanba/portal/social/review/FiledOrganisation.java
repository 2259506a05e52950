package kz.qoltanba.portal.social.review;

import java.util.List;

/** The applicant's organisation as it was filed with a registry application (its signed snapshot). */
public record FiledOrganisation(
        String bin,
        String nameRu,
        String nameKk,
        String legalForm,
        String legalAddress,
        String head,
        String serviceForm,
        List<String> orderTypes,
        String phone,
        String email,
        String actualAddress,
        List<String> realEstate) {
    public String name(String lang) {
        return "kk".equals(lang) && nameKk != null && !nameKk.isBlank() ? nameKk : nameRu;
    }
}
