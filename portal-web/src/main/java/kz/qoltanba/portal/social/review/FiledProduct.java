package kz.qoltanba.portal.social.review;

import java.util.List;
import java.util.Map;

/**
 * A product as it was filed with its product application: every tab of the wizard, the attached files by name,
 * size and SHA-256.
 */
public record FiledProduct(
        long productId,
        String tsrTypeId,
        String nameRu,
        String nameKk,
        String descriptionRu,
        String descriptionKk,
        String price,
        Integer stockQuantity,
        List<String> pickupAddresses,
        String manufacturer,
        String model,
        String country,
        Map<String, Map<String, Object>> characteristics,
        List<Quality> quality,
        Registration registration,
        Service accompanyingService,
        List<File> images) {

    /** A file bound into the snapshot. */
    public record File(String name, long size, String sha256) {}

    /** A certificate or declaration of conformity. */
    public record Quality(String kind, String number, String issueDate, String validUntil, String issuer, File file) {}

    /** The НЦЭЛС registration or its confirming letter. */
    public record Registration(
            boolean requiresRegistration, String number, String date, String validUntil, List<File> files) {}

    /** The accompanying service of types that need one. */
    public record Service(String place, String type) {}

    public String name(String lang) {
        return "kk".equals(lang) && nameKk != null && !nameKk.isBlank() ? nameKk : nameRu;
    }

    public String description(String lang) {
        return "kk".equals(lang) ? descriptionKk : descriptionRu;
    }

    /** A characteristic's value as filed, or null; switches show as ✓ / —. */
    public String characteristic(String tab, String code) {
        Map<String, Object> values = characteristics == null ? null : characteristics.get(tab);
        Object value = values == null ? null : values.get(code);
        if (value == null) {
            return null;
        }
        String text = String.valueOf(value);
        return "true".equals(text) ? "✓" : "false".equals(text) ? "—" : text;
    }

    /** Every file of the snapshot; the reviewer may download exactly these. */
    public List<File> files() {
        List<File> all = new java.util.ArrayList<>(images == null ? List.of() : images);
        if (quality != null) {
            quality.stream()
                    .map(Quality::file)
                    .filter(java.util.Objects::nonNull)
                    .forEach(all::add);
        }
        if (registration != null && registration.files() != null) {
            all.addAll(registration.files());
        }
        return all;
    }
}
