package kz.qoltanba.portal.social.product;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.qoltanba.portal.social.FileStore;
import kz.qoltanba.portal.social.RuleViolation;
import kz.qoltanba.portal.social.StoredFile;
import kz.qoltanba.portal.social.supplier.Organisations;

/** The wizard's per-tab rules (R-TSR-01…08, 19, 20); each check throws the first problem it finds. */
final class ProductChecks {
    private final TsrTypes types;
    private final Organisations organisations;
    private final FileStore files;

    ProductChecks(TsrTypes types, Organisations organisations, FileStore files) {
        this.types = types;
        this.organisations = organisations;
        this.files = files;
    }

    TsrType leaf(Connection c, String tsrTypeId) throws SQLException {
        TsrType type = types.find(c, tsrTypeId == null ? "" : tsrTypeId)
                .orElseThrow(() -> new RuleViolation("social.product.type", "Выберите наименование ТСР из списка"));
        if (!type.leaf()) {
            throw new RuleViolation(
                    "social.product.typeNotLeaf",
                    "Выберите ТСР самого нижнего уровня иерархии, а не «" + type.nameRu() + "»",
                    type.nameRu());
        }
        return type;
    }

    ValidGeneral general(Connection c, String bin, GeneralForm f) throws SQLException {
        TsrType type = leaf(c, f.tsrTypeId());
        String nameRu = Numbers.required("Наименование (рус.)", f.nameRu());
        String nameKk = Numbers.required("Наименование (каз.)", f.nameKk());
        String descriptionRu = Numbers.required("Описание (рус.)", f.descriptionRu());
        String descriptionKk = Numbers.required("Описание (каз.)", f.descriptionKk());
        BigDecimal price = Numbers.money("Сумма", f.price());
        int stock = Numbers.positiveInteger("Количество товара на складе", f.stockQuantity());
        List<String> addresses = f.pickupAddresses() == null ? List.of() : List.copyOf(f.pickupAddresses());
        pickupAddresses(c, bin, addresses);
        List<Long> images = f.imageFileIds() == null ? List.of() : List.copyOf(f.imageFileIds());
        if (images.isEmpty()) {
            throw new RuleViolation("social.product.images", "Загрузите хотя бы одно изображение товара");
        }
        for (long id : images) {
            StoredFile file = files.owned(c, id, FileStore.organisationOwner(bin));
            if (!file.contentType().startsWith("image/")) {
                throw new RuleViolation(
                        "social.file.type.image", "Файл «" + file.name() + "» не изображение JPG/PNG", file.name());
            }
        }
        return new ValidGeneral(
                type.id(),
                nameRu,
                nameKk,
                descriptionRu,
                descriptionKk,
                price,
                stock,
                addresses,
                text(f.manufacturer()),
                text(f.model()),
                text(f.country()),
                images);
    }

    void pickupAddresses(Connection c, String bin, List<String> addresses) throws SQLException {
        if (addresses.isEmpty()) {
            throw new RuleViolation("social.product.pickupRequired", "Выберите хотя бы один адрес самовывоза");
        }
        List<String> known = organisations.realEstateAddresses(c, bin);
        for (String address : addresses) {
            if (!known.contains(address)) {
                throw new RuleViolation(
                        "social.product.pickupUnknown",
                        "Адрес «" + address + "» не числится в Регистре недвижимости за организацией",
                        address);
            }
        }
    }

    /** The values of one characteristic tab, normalised; unknown codes are dropped. */
    Map<String, String> characteristics(TsrType type, Tab tab, Map<String, String> values) {
        Map<String, String> given = values == null ? Map.of() : values;
        Map<String, String> checked = new LinkedHashMap<>();
        for (CharacteristicField field : type.fields(tab)) {
            String value = given.get(field.code());
            boolean blank = value == null || value.isBlank();
            if ("checkbox".equals(field.type())) {
                checked.put(field.code(), String.valueOf(!blank && !"false".equals(value)));
                continue;
            }
            if (blank) {
                if (field.required()) {
                    throw new RuleViolation("social.field.required", "Заполните поле «" + field.ru() + "»", field.ru());
                }
                continue;
            }
            switch (field.type()) {
                case "decimal" ->
                    checked.put(field.code(), Numbers.decimal(field.ru(), value).toPlainString());
                case "integer" -> checked.put(field.code(), String.valueOf(Numbers.integer(field.ru(), value)));
                default -> checked.put(field.code(), value.strip());
            }
        }
        return checked;
    }

    List<QualityDocument> quality(Connection c, String bin, List<QualityDocument> documents) throws SQLException {
        if (documents == null || documents.isEmpty()) {
            throw new RuleViolation(
                    "social.product.qualityRequired",
                    "Добавьте хотя бы один сертификат соответствия или декларацию о соответствии");
        }
        for (QualityDocument d : documents) {
            if (!QualityDocument.CERTIFICATE.equals(d.kind()) && !QualityDocument.DECLARATION.equals(d.kind())) {
                throw new RuleViolation(
                        "social.product.qualityKind", "Выберите вид документа: сертификат или декларация");
            }
            Numbers.required("Номер документа", d.number());
            Numbers.required("Кем выдан", d.issuer());
            LocalDate issued = Numbers.date("Дата выдачи", d.issueDate());
            LocalDate until = Numbers.date("Действителен до", d.validUntil());
            if (until.isBefore(issued)) {
                throw new RuleViolation("social.product.validUntil", "«Действителен до» раньше даты выдачи");
            }
            pdf(c, bin, d.fileId());
        }
        return List.copyOf(documents);
    }

    Registration registration(Connection c, String bin, Registration r) throws SQLException {
        if (r == null) {
            throw new RuleViolation("social.product.registrationRequired", "Заполните сведения о регистрации");
        }
        Numbers.required(
                r.requiresRegistration() ? "Номер регистрационного удостоверения" : "Номер письма", r.number());
        LocalDate date = Numbers.date("Дата", r.date());
        if (r.requiresRegistration()) {
            LocalDate until = Numbers.date("Срок действия", r.validUntil());
            if (until.isBefore(date)) {
                throw new RuleViolation("social.product.validUntil", "«Срок действия» раньше даты регистрации");
            }
        }
        if (r.fileIds() == null || r.fileIds().isEmpty()) {
            throw new RuleViolation("social.product.registrationFiles", "Приложите все необходимые файлы");
        }
        for (long id : r.fileIds()) {
            pdf(c, bin, id);
        }
        return new Registration(
                r.requiresRegistration(),
                r.number().strip(),
                date.toString(),
                r.requiresRegistration() ? r.validUntil().strip() : null,
                List.copyOf(r.fileIds()));
    }

    AccompanyingService service(TsrType type, AccompanyingService s) {
        if (!type.requiresService()) {
            throw new RuleViolation("social.product.noService", "Для этого ТСР сопутствующая услуга не предусмотрена");
        }
        if (s == null || type.servicePlaces().stream().noneMatch(p -> p.code().equals(s.place()))) {
            throw new RuleViolation("social.product.servicePlace", "Выберите место оказания сопутствующей услуги");
        }
        if (type.serviceTypes().stream().noneMatch(t -> t.code().equals(s.type()))) {
            throw new RuleViolation("social.product.serviceType", "Выберите вид сопутствующей услуги");
        }
        return s;
    }

    private void pdf(Connection c, String bin, long fileId) throws SQLException {
        StoredFile file = files.owned(c, fileId, FileStore.organisationOwner(bin));
        if (!"application/pdf".equals(file.contentType())) {
            throw new RuleViolation(
                    "social.file.type.pdf", "Файл «" + file.name() + "» должен быть в формате PDF", file.name());
        }
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }
}
