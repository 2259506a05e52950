package kz.qoltanba.portal.social.supplier;

import java.util.Set;

/**
 * What the supplier fills in on «Идентификационные сведения» and «Контактные данные»; everything else of the
 * profile comes from ГБД ЮЛ and the real-estate register.
 */
public record ContactsForm(
        String serviceForm, Set<String> orderTypes, String phone, String email, String actualAddress) {}
