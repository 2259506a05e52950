package kz.qoltanba.bridge.catalog;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.osgi.framework.Version;

/** The catalog's JSON form (schema in ncalayer-bridge/README.md), read strictly: every rule broken names the field. */
final class CatalogJson {
    static final int FORMAT = 1;

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern SYMBOLIC_NAME = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*");
    private static final Set<String> LANGUAGES = Set.of("ru", "kk", "en");

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    byte[] write(Catalog catalog) {
        ObjectNode root = mapper.createObjectNode()
                .put("format", FORMAT)
                .put("issued", catalog.issued().toString());
        catalog.next().ifPresent(next -> root.put("next", next.toString()));
        ArrayNode modules = root.putArray("modules");
        for (CatalogEntry entry : catalog.modules()) {
            ObjectNode module = modules.addObject().put("symbolicName", entry.symbolicName());
            ObjectNode names = module.putObject("names");
            entry.names().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(name -> names.put(name.getKey(), name.getValue()));
            module.put("version", entry.version())
                    .put("url", entry.url().toString())
                    .put("sha256", entry.sha256())
                    .put("required", entry.required())
                    .put("hidden", entry.hidden());
        }
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a catalog tree always serialises", e);
        }
    }

    Catalog read(byte[] json) throws MalformedCatalogException {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (IOException e) {
            throw new MalformedCatalogException("The catalog is not valid JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new MalformedCatalogException("The catalog is not a JSON object");
        }
        if (!root.path("format").isInt() || root.path("format").intValue() != FORMAT) {
            throw new MalformedCatalogException("The catalog's 'format' must be " + FORMAT);
        }
        Instant issued = instant(text(root, "issued", "catalog"));
        Optional<URI> next =
                root.has("next") ? Optional.of(url(text(root, "next", "catalog"), "next")) : Optional.empty();
        JsonNode modules = root.path("modules");
        if (!modules.isArray()) {
            throw new MalformedCatalogException("The catalog's 'modules' must be an array");
        }
        List<CatalogEntry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode module : modules) {
            CatalogEntry entry = entry(module);
            if (!seen.add(entry.symbolicName())) {
                throw new MalformedCatalogException("The catalog lists module " + entry.symbolicName() + " twice");
            }
            entries.add(entry);
        }
        return new Catalog(issued, next, entries);
    }

    private static CatalogEntry entry(JsonNode module) throws MalformedCatalogException {
        if (!module.isObject()) {
            throw new MalformedCatalogException("Each entry of the catalog's 'modules' must be an object");
        }
        String name = text(module, "symbolicName", "module");
        if (!SYMBOLIC_NAME.matcher(name).matches()) {
            throw new MalformedCatalogException("'" + name + "' is not a bundle symbolic name");
        }
        String where = "module " + name;
        String version = text(module, "version", where);
        try {
            Version.parseVersion(version);
        } catch (IllegalArgumentException e) {
            throw new MalformedCatalogException(
                    "The version '" + version + "' of " + where + " is not an OSGi version");
        }
        String sha256 = text(module, "sha256", where);
        if (!SHA256.matcher(sha256).matches()) {
            throw new MalformedCatalogException("The sha256 of " + where + " is not 64 lower-case hex digits");
        }
        return new CatalogEntry(
                name,
                names(module.path("names"), where),
                version,
                url(text(module, "url", where), where),
                sha256,
                flag(module, "required", where),
                flag(module, "hidden", where));
    }

    private static Map<String, String> names(JsonNode names, String where) throws MalformedCatalogException {
        if (!names.isObject()) {
            throw new MalformedCatalogException("The 'names' of " + where + " must be an object");
        }
        Map<String, String> result = new LinkedHashMap<>();
        for (var field : (Iterable<Map.Entry<String, JsonNode>>) names::fields) {
            if (!LANGUAGES.contains(field.getKey()) || !field.getValue().isTextual()) {
                throw new MalformedCatalogException(
                        "The 'names' of " + where + " may only hold ru, kk and en as strings");
            }
            result.put(field.getKey(), field.getValue().textValue());
        }
        return result;
    }

    private static String text(JsonNode node, String field, String where) throws MalformedCatalogException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.textValue().isBlank()) {
            throw new MalformedCatalogException("The '" + field + "' of the " + where + " must be a non-empty string");
        }
        return value.textValue();
    }

    private static boolean flag(JsonNode node, String field, String where) throws MalformedCatalogException {
        JsonNode value = node.get(field);
        if (value == null) {
            return false;
        }
        if (!value.isBoolean()) {
            throw new MalformedCatalogException("The '" + field + "' of " + where + " must be true or false");
        }
        return value.booleanValue();
    }

    private static Instant instant(String text) throws MalformedCatalogException {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new MalformedCatalogException("The catalog's 'issued' is not an ISO-8601 instant: " + text, e);
        }
    }

    static URI url(String text, String where) throws MalformedCatalogException {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new MalformedCatalogException(
                        "The url of " + where + " must be an absolute http(s) URL: " + text);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new MalformedCatalogException("The url of " + where + " is not a URL: " + text, e);
        }
    }
}
