package kz.qoltanba.portal.social.product;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The TSR classifier, read from {@code social_tsr_type}. */
public final class TsrTypes {
    private static final String SELECT =
            "SELECT id, parent_id, name_ru, name_kk, leaf, template::text, service::text FROM social_tsr_type";
    private final ObjectMapper json = new ObjectMapper();

    public Optional<TsrType> find(Connection c, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(SELECT + " WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(read(r)) : Optional.empty();
            }
        }
    }

    /** Every node, parents before children (for the wizard's tree where only leaves can be chosen). */
    public List<TsrType> all(Connection c) throws SQLException {
        List<TsrType> types = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(SELECT + " ORDER BY coalesce(parent_id, id), leaf, id");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                types.add(read(r));
            }
        }
        return types;
    }

    private TsrType read(ResultSet r) throws SQLException {
        try {
            JsonNode template = json.readTree(r.getString(6));
            Map<Tab, List<CharacteristicField>> tabs = new EnumMap<>(Tab.class);
            for (Tab tab : Tab.values()) {
                List<CharacteristicField> fields = new ArrayList<>();
                for (JsonNode f : template.path(tab.code())) {
                    fields.add(new CharacteristicField(
                            f.path("code").asText(),
                            f.path("ru").asText(),
                            f.path("kk").asText(),
                            f.path("type").asText(),
                            f.path("required").asBoolean()));
                }
                tabs.put(tab, List.copyOf(fields));
            }
            String serviceText = r.getString(7);
            JsonNode service = serviceText == null ? json.createObjectNode() : json.readTree(serviceText);
            return new TsrType(
                    r.getString(1),
                    r.getString(2),
                    r.getString(3),
                    r.getString(4),
                    r.getBoolean(5),
                    tabs,
                    choices(service.path("types")),
                    choices(service.path("places")));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the TSR classifier row " + r.getString(1) + " is not valid JSON", e);
        }
    }

    private static List<Choice> choices(JsonNode array) {
        List<Choice> choices = new ArrayList<>();
        for (JsonNode n : array) {
            choices.add(new Choice(
                    n.path("code").asText(), n.path("ru").asText(), n.path("kk").asText()));
        }
        return List.copyOf(choices);
    }
}
