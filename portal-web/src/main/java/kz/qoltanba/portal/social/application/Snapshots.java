package kz.qoltanba.portal.social.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.qoltanba.portal.social.FileStore;
import kz.qoltanba.portal.social.StoredFile;
import kz.qoltanba.portal.social.product.Product;
import kz.qoltanba.portal.social.product.QualityDocument;
import kz.qoltanba.portal.social.supplier.Organisation;

/**
 * Frozen copies of what is submitted and signed: the organisation and each product with every tab, files
 * bound by SHA-256 (R-FILE-04).
 */
public final class Snapshots {
    private final FileStore files;
    private final ObjectMapper json = new ObjectMapper();

    public Snapshots(FileStore files) {
        this.files = files;
    }

    public Map<String, Object> organisation(Organisation org, List<String> realEstate) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("bin", org.bin());
        m.put("nameRu", org.nameRu());
        m.put("nameKk", org.nameKk());
        m.put("legalForm", nullToEmpty(org.legalForm()));
        m.put("legalAddress", nullToEmpty(org.legalAddress()));
        m.put("head", nullToEmpty(org.headName()));
        m.put("serviceForm", nullToEmpty(org.serviceForm()));
        m.put("orderTypes", List.copyOf(org.orderTypes()));
        m.put("phone", nullToEmpty(org.phone()));
        m.put("email", nullToEmpty(org.email()));
        m.put("actualAddress", nullToEmpty(org.actualAddress()));
        m.put("realEstate", realEstate);
        return m;
    }

    public Map<String, Object> product(Connection c, Product p) throws SQLException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("productId", p.id());
        m.put("tsrTypeId", p.tsrTypeId());
        m.put("nameRu", p.nameRu());
        m.put("nameKk", p.nameKk());
        m.put("descriptionRu", p.descriptionRu());
        m.put("descriptionKk", p.descriptionKk());
        m.put("price", p.price().toPlainString());
        m.put("stockQuantity", p.stockQuantity());
        m.put("pickupAddresses", p.pickupAddresses());
        m.put("manufacturer", p.manufacturer());
        m.put("model", p.model());
        m.put("country", p.country());
        Map<String, Object> tabs = new LinkedHashMap<>();
        p.characteristics().forEach((tab, values) -> tabs.put(tab.code(), values));
        m.put("characteristics", tabs);
        List<Map<String, Object>> quality = new ArrayList<>();
        for (QualityDocument d : p.quality()) {
            Map<String, Object> q = new LinkedHashMap<>();
            q.put("kind", d.kind());
            q.put("number", d.number());
            q.put("issueDate", d.issueDate());
            q.put("validUntil", d.validUntil());
            q.put("issuer", d.issuer());
            q.put("file", file(c, d.fileId()));
            quality.add(q);
        }
        m.put("quality", quality);
        Map<String, Object> registration = new LinkedHashMap<>();
        registration.put("requiresRegistration", p.registration().requiresRegistration());
        registration.put("number", p.registration().number());
        registration.put("date", p.registration().date());
        registration.put("validUntil", nullToEmpty(p.registration().validUntil()));
        registration.put("files", files(c, p.registration().fileIds()));
        m.put("registration", registration);
        if (p.service() != null) {
            m.put(
                    "accompanyingService",
                    Map.of("place", p.service().place(), "type", p.service().type()));
        }
        m.put("images", files(c, p.imageFileIds()));
        return m;
    }

    public Map<String, Object> file(Connection c, long id) throws SQLException {
        StoredFile f = files.find(c, id).orElseThrow();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", f.name());
        m.put("size", f.size());
        m.put("sha256", f.sha256());
        return m;
    }

    private List<Map<String, Object>> files(Connection c, List<Long> ids) throws SQLException {
        List<Map<String, Object>> list = new ArrayList<>();
        for (long id : ids) {
            list.add(file(c, id));
        }
        return list;
    }

    public String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a snapshot as JSON", e);
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
