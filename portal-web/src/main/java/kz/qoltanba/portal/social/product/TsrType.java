package kz.qoltanba.portal.social.product;

import java.util.List;
import java.util.Map;

/**
 * A node of the TSR classifier; only leaves are selectable (R-TSR-01). A leaf carries the templates of the
 * characteristic tabs and, when it needs an accompanying service, its service types and places.
 */
public record TsrType(
        String id,
        String parentId,
        String nameRu,
        String nameKk,
        boolean leaf,
        Map<Tab, List<CharacteristicField>> template,
        List<Choice> serviceTypes,
        List<Choice> servicePlaces) {

    public boolean requiresService() {
        return !serviceTypes.isEmpty();
    }

    public List<CharacteristicField> fields(Tab tab) {
        return template.getOrDefault(tab, List.of());
    }

    public String name(String lang) {
        return "kk".equals(lang) ? nameKk : nameRu;
    }
}
