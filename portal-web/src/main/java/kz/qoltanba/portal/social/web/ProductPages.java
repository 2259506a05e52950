package kz.qoltanba.portal.social.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.qoltanba.portal.social.Actor;
import kz.qoltanba.portal.social.FileKind;
import kz.qoltanba.portal.social.FileStore;
import kz.qoltanba.portal.social.RuleViolation;
import kz.qoltanba.portal.social.SocialAccounts;
import kz.qoltanba.portal.social.SocialArea;
import kz.qoltanba.portal.social.product.AccompanyingService;
import kz.qoltanba.portal.social.product.GeneralForm;
import kz.qoltanba.portal.social.product.Product;
import kz.qoltanba.portal.social.product.ProductImages;
import kz.qoltanba.portal.social.product.QualityDocument;
import kz.qoltanba.portal.social.product.Registration;
import kz.qoltanba.portal.social.product.Tab;
import kz.qoltanba.portal.social.product.TsrType;
import kz.qoltanba.portal.web.AccessDeniedException;
import kz.qoltanba.portal.web.PageException;
import kz.qoltanba.portal.web.Pages;
import kz.qoltanba.portal.web.Session;

/**
 * The product wizard as pages: one form per tab posting to the same {@code ProductWizard} the JSON routes call; a
 * refusal re-shows the form with the typed values and the domain's sentence. Also «Превью товара» and the row
 * actions «Создать копию», «Удалить», «Обновить», «Снять с продажи».
 */
final class ProductPages {
    private static final String AREA = "supplier";
    private static final String BASE = "/social/supplier/wizard";
    /** A product's photo, for every social actor allowed to see the product ({@link ProductImages}). */
    static final String IMAGES = "/social/products/{id}/images/{fileId}";

    private final SocialArea area;
    private final SocialWeb web;

    ProductPages(SocialArea area, SocialWeb web) {
        this.area = area;
        this.web = web;
    }

    void register(RoutesConfig routes) {
        routes.get(BASE + "/new", ctx -> show(ctx, 0, "general", null, null));
        routes.post(BASE + "/new", ctx -> save(ctx, 0, "general"));
        routes.get(BASE + "/{id}/preview", this::preview);
        routes.get(IMAGES, this::image);
        routes.get(BASE + "/{id}/{tab}", ctx -> show(ctx, SocialWeb.id(ctx), tab(ctx), null, null));
        routes.post(BASE + "/{id}/{tab}", ctx -> {
            String tab = ctx.pathParam("tab");
            switch (tab) {
                case "copy", "delete", "withdraw", "update" -> rowAction(ctx, SocialWeb.id(ctx), tab);
                default -> save(ctx, SocialWeb.id(ctx), tab(ctx));
            }
        });
    }

    private static String tab(Context ctx) {
        String tab = ctx.pathParam("tab");
        if (!List.of("general", "technical", "operational", "functional", "quality", "registration", "service")
                .contains(tab)) {
            throw kz.qoltanba.portal.web.PageException.notFound("social.error.notFound");
        }
        return tab;
    }

    /** The tabs this product's TSR type has, in order (the service tab only when the type needs one). */
    private static List<String> tabs(TsrType type) {
        List<String> tabs = new ArrayList<>(
                List.of("general", "technical", "operational", "functional", "quality", "registration"));
        if (type != null && type.requiresService()) {
            tabs.add("service");
        }
        return tabs;
    }

    private void show(Context ctx, long id, String tab, Map<String, String> typed, String error) {
        Actor a = SocialWeb.actor(ctx, AREA);
        Map<String, Object> model = web.db().inTransaction(c -> {
            Product p = id == 0 ? null : owned(c, a, id);
            TsrType type =
                    p == null ? null : area.tsrTypes.find(c, p.tsrTypeId()).orElse(null);
            Map<String, Object> m = new HashMap<>();
            m.put("product", p);
            m.put("tab", tab);
            m.put("tabs", tabs(type));
            m.put("type", type);
            m.put(
                    "leaves",
                    area.wizard.classifier(c).stream().filter(TsrType::leaf).toList());
            m.put("realEstate", area.organisations.realEstateAddresses(c, a.bin()));
            m.put("values", typed != null ? typed : values(p, tab));
            m.put("error", error);
            return m;
        });
        if (error != null) {
            ctx.status(400);
        }
        Pages.render(ctx, "social/productWizard.jte", model);
    }

    private Product owned(Connection c, Actor a, long id) throws SQLException {
        return area.products.lockOwned(c, id, a.bin());
    }

    /** The saved values of a tab, as the form shows them. */
    private static Map<String, String> values(Product p, String tab) {
        Map<String, String> v = new LinkedHashMap<>();
        if (p == null) {
            return v;
        }
        switch (tab) {
            case "general" -> {
                v.put("tsrTypeId", p.tsrTypeId());
                v.put("nameRu", p.nameRu());
                v.put("nameKk", p.nameKk());
                v.put("descriptionRu", p.descriptionRu());
                v.put("descriptionKk", p.descriptionKk());
                v.put("price", p.price() == null ? null : p.price().toPlainString());
                v.put(
                        "stockQuantity",
                        p.stockQuantity() == null ? null : p.stockQuantity().toString());
                v.put("manufacturer", p.manufacturer());
                v.put("model", p.model());
                v.put("country", p.country());
            }
            case "technical", "operational", "functional" -> {
                Map<String, String> saved = p.characteristics().get(Tab.valueOf(tab.toUpperCase(Locale.ROOT)));
                if (saved != null) {
                    saved.forEach((k, value) -> v.put("c." + k, value));
                }
            }
            case "registration" -> {
                Registration r = p.registration();
                if (r != null) {
                    v.put("requiresRegistration", r.requiresRegistration() ? "on" : null);
                    v.put("number", r.number());
                    v.put("date", r.date());
                    v.put("validUntil", r.validUntil());
                }
            }
            case "service" -> {
                AccompanyingService s = p.service();
                if (s != null) {
                    v.put("place", s.place());
                    v.put("type", s.type());
                }
            }
            default -> {}
        }
        return v;
    }

    private void save(Context ctx, long id, String tab) {
        Actor a = SocialWeb.actor(ctx, AREA);
        Map<String, String> typed = new LinkedHashMap<>();
        ctx.formParamMap().forEach((k, list) -> {
            if (!list.isEmpty() && !k.equals("_csrf")) {
                typed.put(k, list.get(0));
            }
        });
        boolean add = "add".equals(ctx.formParam("action"));
        try {
            String next = web.db().inTransaction(c -> {
                long productId = id;
                String owner = FileStore.organisationOwner(a.bin());
                switch (tab) {
                    case "general" -> {
                        List<Long> images = new ArrayList<>(longs(ctx.formParams("imageId")));
                        images.addAll(store(c, ctx, "image", owner, a, FileKind.IMAGE));
                        GeneralForm form = new GeneralForm(
                                ctx.formParam("tsrTypeId"),
                                ctx.formParam("nameRu"),
                                ctx.formParam("nameKk"),
                                ctx.formParam("descriptionRu"),
                                ctx.formParam("descriptionKk"),
                                ctx.formParam("price"),
                                ctx.formParam("stockQuantity"),
                                ctx.formParams("pickupAddress"),
                                ctx.formParam("manufacturer"),
                                ctx.formParam("model"),
                                ctx.formParam("country"),
                                images);
                        if (id == 0) {
                            productId = area.wizard.create(c, a, form);
                        } else {
                            area.wizard.saveGeneral(c, a, id, form);
                        }
                    }
                    case "technical", "operational", "functional" -> {
                        Map<String, String> values = new LinkedHashMap<>();
                        typed.forEach((k, value) -> {
                            if (k.startsWith("c.")) {
                                values.put(k.substring(2), value);
                            }
                        });
                        area.wizard.saveCharacteristics(c, a, id, Tab.valueOf(tab.toUpperCase(Locale.ROOT)), values);
                    }
                    case "quality" -> {
                        List<QualityDocument> saved = owned(c, a, id).quality();
                        List<QualityDocument> docs = new ArrayList<>(saved == null ? List.of() : saved);
                        List<Long> file = store(c, ctx, "file", owner, a, FileKind.PDF);
                        boolean typedOne = !file.isEmpty() || !blank(ctx.formParam("number"));
                        if (typedOne || add) {
                            docs.add(new QualityDocument(
                                    ctx.formParam("kind"),
                                    ctx.formParam("number"),
                                    ctx.formParam("issueDate"),
                                    ctx.formParam("validUntil"),
                                    ctx.formParam("issuer"),
                                    file.isEmpty() ? 0 : file.get(0)));
                        }
                        area.wizard.saveQuality(c, a, id, docs);
                        if (add) {
                            return "quality";
                        }
                    }
                    case "registration" -> {
                        List<Long> files = new ArrayList<>(longs(ctx.formParams("fileId")));
                        files.addAll(store(c, ctx, "file", owner, a, FileKind.PDF));
                        area.wizard.saveRegistration(
                                c,
                                a,
                                id,
                                new Registration(
                                        "on".equals(ctx.formParam("requiresRegistration")),
                                        ctx.formParam("number"),
                                        ctx.formParam("date"),
                                        blank(ctx.formParam("validUntil")) ? null : ctx.formParam("validUntil"),
                                        files));
                    }
                    case "service" ->
                        area.wizard.saveService(
                                c, a, id, new AccompanyingService(ctx.formParam("place"), ctx.formParam("type")));
                    default -> throw new IllegalStateException(tab);
                }
                Product p = owned(c, a, productId);
                List<String> tabs = tabs(area.tsrTypes.find(c, p.tsrTypeId()).orElse(null));
                int at = tabs.indexOf(tab);
                if (at + 1 < tabs.size()) {
                    return productId + "/" + tabs.get(at + 1);
                }
                area.wizard.finish(c, a, productId);
                return "";
            });
            if (next.isEmpty()) {
                ctx.redirect("/social/supplier");
            } else if (next.equals("quality")) {
                ctx.redirect(BASE + "/" + id + "/quality");
            } else {
                ctx.redirect(BASE + "/" + next);
            }
        } catch (RuleViolation e) {
            show(ctx, id, tab, typed, web.message(ctx, e));
        }
    }

    private void rowAction(Context ctx, long id, String action) {
        Actor a = SocialWeb.actor(ctx, AREA);
        if (!"update".equals(action) && !"yes".equals(ctx.formParam("confirm"))) {
            Product p = web.db().inTransaction(c -> owned(c, a, id));
            Pages.render(ctx, "social/productConfirm.jte", Map.of("product", p, "action", action));
            return;
        }
        try {
            web.db().inTransaction(c -> {
                switch (action) {
                    case "copy" -> area.lifecycle.copy(c, a, id);
                    case "delete" -> area.lifecycle.delete(c, a, id);
                    case "withdraw" -> area.lifecycle.withdraw(c, a, id);
                    default ->
                        area.lifecycle.update(
                                c, a, id, ctx.formParam("stockQuantity"), ctx.formParams("pickupAddress"));
                }
                return null;
            });
        } catch (RuleViolation e) {
            throw web.asPage(ctx, e);
        }
        ctx.redirect("/social/supplier");
    }

    private void preview(Context ctx) {
        Actor a = SocialWeb.actor(ctx, AREA);
        long id = SocialWeb.id(ctx);
        Map<String, Object> model = web.db().inTransaction(c -> {
            Product p = owned(c, a, id);
            Map<String, Object> m = new HashMap<>();
            m.put("product", p);
            m.put("type", area.tsrTypes.find(c, p.tsrTypeId()).orElse(null));
            return m;
        });
        Pages.render(ctx, "social/productPreview.jte", model);
    }

    /**
     * A product photo: any social login, then {@link ProductImages} decides (404 for everything not visible);
     * served with the content type its bytes show, {@code nosniff}, inline, never cached by shared caches.
     */
    private void image(Context ctx) {
        Actor viewer = Session.of(ctx)
                .principal()
                .flatMap(SocialAccounts::actor)
                .orElseThrow(() -> new AccessDeniedException("error.loginRequired", "not logged in: " + ctx.path()));
        long fileId;
        try {
            fileId = Long.parseLong(ctx.pathParam("fileId"));
        } catch (NumberFormatException e) {
            throw PageException.notFound("social.error.notFound");
        }
        long productId = SocialWeb.id(ctx);
        ProductImages.Image image;
        try {
            image = web.db().inTransaction(c -> area.images.read(c, viewer, productId, fileId));
        } catch (RuleViolation e) {
            throw web.asPage(ctx, e);
        }
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Cache-Control", "private, max-age=300");
        ctx.header("Content-Disposition", "inline");
        ctx.contentType(image.file().contentType());
        ctx.result(image.content());
    }

    /** Stores the non-empty uploads of {@code field}; the domain checks the type from the bytes. */
    private List<Long> store(Connection c, Context ctx, String field, String owner, Actor a, FileKind kind)
            throws SQLException {
        List<Long> ids = new ArrayList<>();
        for (UploadedFile file : ctx.uploadedFiles(field)) {
            if (file.filename() == null || file.filename().isBlank()) {
                continue;
            }
            byte[] bytes;
            try (InputStream in = file.content()) {
                bytes = in.readNBytes((int) FileStore.MAX_SIZE + 1);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ids.add(area.files.store(c, a, owner, file.filename(), bytes, kind).id());
        }
        return ids;
    }

    private static List<Long> longs(List<String> values) {
        return SocialWeb.ids(values.stream().filter(v -> !blank(v)).toList());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
