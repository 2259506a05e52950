package kz.qoltanba.portal.social.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import kz.qoltanba.portal.social.Actor;
import kz.qoltanba.portal.social.FileKind;
import kz.qoltanba.portal.social.FileStore;
import kz.qoltanba.portal.social.RuleViolation;
import kz.qoltanba.portal.social.SocialArea;
import kz.qoltanba.portal.social.order.HandoverForm;
import kz.qoltanba.portal.social.product.AccompanyingService;
import kz.qoltanba.portal.social.product.GeneralForm;
import kz.qoltanba.portal.social.product.QualityDocument;
import kz.qoltanba.portal.social.product.Registration;
import kz.qoltanba.portal.social.product.Tab;
import kz.qoltanba.portal.social.supplier.ContactsForm;
import kz.qoltanba.portal.social.supplier.Organisation;
import kz.qoltanba.portal.web.Pages;
import kz.qoltanba.portal.web.Session;

/**
 * The supplier's routes: the welcome and public offer, «Кабинет поставщика», uploads, the product wizard (JSON per
 * tab), the signed inclusion application and the order answers and hand-overs.
 */
final class SupplierRoutes {
    private static final String AREA = "supplier";
    private final SocialArea area;
    private final SocialWeb web;

    SupplierRoutes(SocialArea area, SocialWeb web) {
        this.area = area;
        this.web = web;
    }

    void register(RoutesConfig routes) {
        routes.get("/social/supplier/welcome", this::welcome);
        routes.post("/social/supplier/offer", this::acceptOffer);
        routes.post("/social/supplier/exit", ctx -> {
            SocialWeb.actor(ctx, AREA);
            Session.of(ctx).logout();
            ctx.redirect("/");
        });
        routes.get("/social/supplier", this::cabinet);
        routes.post("/social/supplier/profile", this::saveProfile);
        routes.post("/social/supplier/files", this::upload);
        routes.post(
                "/social/supplier/products",
                ctx -> json(
                        ctx,
                        a -> Map.of(
                                "id",
                                web.db()
                                        .inTransaction(
                                                c -> area.wizard.create(c, a, ctx.bodyAsClass(GeneralForm.class))))));
        routes.post("/social/supplier/products/{id}/{tab}", this::productTab);
        routes.post("/social/supplier/applications/issue", ctx -> {
            Actor a = SocialWeb.actor(ctx, AREA);
            List<Long> ids = SocialWeb.ids(ctx.queryParams("product"));
            web.issue(ctx, a, c -> area.submissions.prepare(c, a, ids));
        });
        routes.post("/social/supplier/applications/complete", ctx -> {
            Actor a = SocialWeb.actor(ctx, AREA);
            List<Long> ids = SocialWeb.ids(ctx.queryParams("product"));
            web.complete(ctx, (c, completion) -> area.submissions.submit(c, a, ids, completion), "/social/supplier");
        });
        routes.get("/social/supplier/orders/{id}", this::orderPage);
        routes.post("/social/supplier/orders/{id}/answer/issue", ctx -> {
            Actor a = SocialWeb.actor(ctx, AREA);
            long id = SocialWeb.id(ctx);
            boolean yes = "true".equals(ctx.queryParam("available"));
            web.issue(ctx, a, c -> area.fulfilment.prepareAnswer(c, a, id, yes, ctx.queryParam("courier")));
        });
        routes.post("/social/supplier/orders/{id}/answer/complete", ctx -> {
            Actor a = SocialWeb.actor(ctx, AREA);
            long id = SocialWeb.id(ctx);
            boolean yes = "true".equals(ctx.queryParam("available"));
            web.complete(
                    ctx,
                    (c, completion) -> area.fulfilment.answer(c, a, id, yes, ctx.queryParam("courier"), completion),
                    "/social/supplier/orders/" + id);
        });
        routes.post("/social/supplier/orders/{id}/available", ctx -> {
            Actor a = SocialWeb.actor(ctx, AREA);
            long id = SocialWeb.id(ctx);
            try {
                web.db().inTransaction(c -> {
                    area.fulfilment.notifyAvailable(c, a, id);
                    return null;
                });
            } catch (RuleViolation e) {
                throw web.asPage(ctx, e);
            }
            ctx.redirect("/social/supplier/orders/" + id);
        });
        routes.post("/social/supplier/orders/{id}/handover/issue", ctx -> {
            Actor a = SocialWeb.actor(ctx, AREA);
            long id = SocialWeb.id(ctx);
            web.issue(ctx, a, c -> area.fulfilment.prepareHandover(c, a, id, handover(ctx)));
        });
        routes.post("/social/supplier/orders/{id}/handover/complete", ctx -> {
            Actor a = SocialWeb.actor(ctx, AREA);
            long id = SocialWeb.id(ctx);
            web.complete(
                    ctx,
                    (c, completion) -> area.fulfilment.handOver(c, a, id, handover(ctx), completion),
                    "/social/supplier/orders/" + id);
        });
    }

    private void welcome(Context ctx) {
        Actor a = SocialWeb.actor(ctx, AREA);
        Organisation org =
                web.db().inTransaction(c -> area.organisations.find(c, a.bin())).orElseThrow();
        Pages.render(ctx, "social/welcome.jte", Map.of("org", org));
    }

    private void acceptOffer(Context ctx) {
        Actor a = SocialWeb.actor(ctx, AREA);
        boolean ticked = "on".equals(ctx.formParam("accept")) || "true".equals(ctx.formParam("accept"));
        form(
                ctx,
                () -> web.db().inTransaction(c -> {
                    area.profile.acceptOffer(c, a, ticked);
                    return null;
                }));
    }

    private void cabinet(Context ctx) {
        Actor a = SocialWeb.actor(ctx, AREA);
        List<String> selected = ctx.queryParams("select");
        String selection = selected.isEmpty()
                ? null
                : String.join(
                        "&",
                        SocialWeb.ids(selected).stream()
                                .map(id -> "product=" + id)
                                .toList());
        Map<String, Object> model = web.db().inTransaction(c -> {
            Organisation org = area.organisations.find(c, a.bin()).orElseThrow();
            if (!org.offerAccepted()) {
                return null;
            }
            boolean registerAnswered = area.profile.refreshRealEstate(c, a.bin());
            Map<String, Object> m = new java.util.HashMap<>();
            m.put("selection", selection);
            m.put("handoverOrder", handoverOrder(ctx));
            m.put("handoverQuery", handoverQuery(ctx));
            m.putAll(Map.of(
                    "org", org,
                    "realEstate", area.organisations.realEstateAddresses(c, a.bin()),
                    "registerAnswered", registerAnswered,
                    "member", area.organisations.isMember(c, a.bin(), "TSR", web.clockNow()),
                    "products", area.products.ofSupplier(c, a.bin()),
                    "applications", area.applications.registriesOf(c, a.bin()),
                    "orders", area.orders.ofSupplier(c, a.bin())));
            return m;
        });
        if (model == null) {
            ctx.redirect("/social/supplier/welcome");
            return;
        }
        Pages.render(ctx, "social/supplier.jte", model);
    }

    private void saveProfile(Context ctx) {
        Actor a = SocialWeb.actor(ctx, AREA);
        ContactsForm form = new ContactsForm(
                ctx.formParam("serviceForm"),
                new LinkedHashSet<>(ctx.formParams("orderType")),
                ctx.formParam("phone"),
                ctx.formParam("email"),
                ctx.formParam("actualAddress"));
        form(
                ctx,
                () -> web.db().inTransaction(c -> {
                    area.profile.saveContacts(c, a, form);
                    return null;
                }));
    }

    private void upload(Context ctx) throws IOException {
        Actor a = SocialWeb.actor(ctx, AREA);
        String kind =
                ctx.formParam("kind") == null ? "PDF" : ctx.formParam("kind").toUpperCase(java.util.Locale.ROOT);
        if (!List.of("IMAGE", "PDF", "SCAN").contains(kind)) {
            web.refuse(ctx, new RuleViolation("social.file.kind", "Неизвестный вид файла: " + kind, kind));
            return;
        }
        web.upload(ctx, FileStore.organisationOwner(a.bin()), a, FileKind.valueOf(kind), area.files);
    }

    private void productTab(Context ctx) {
        long id = SocialWeb.id(ctx);
        String tab = ctx.pathParam("tab");
        json(ctx, a -> {
            web.db().inTransaction(c -> {
                switch (tab) {
                    case "general" -> area.wizard.saveGeneral(c, a, id, ctx.bodyAsClass(GeneralForm.class));
                    case "technical", "operational", "functional" ->
                        area.wizard.saveCharacteristics(
                                c, a, id, Tab.valueOf(tab.toUpperCase(java.util.Locale.ROOT)), stringMap(ctx));
                    case "quality" ->
                        area.wizard.saveQuality(c, a, id, List.of(ctx.bodyAsClass(QualityDocument[].class)));
                    case "registration" -> area.wizard.saveRegistration(c, a, id, ctx.bodyAsClass(Registration.class));
                    case "service" -> area.wizard.saveService(c, a, id, ctx.bodyAsClass(AccompanyingService.class));
                    case "finish" -> area.wizard.finish(c, a, id);
                    case "copy" -> area.lifecycle.copy(c, a, id);
                    case "delete" -> area.lifecycle.delete(c, a, id);
                    case "withdraw" -> area.lifecycle.withdraw(c, a, id);
                    default -> throw new RuleViolation("social.product.unknownTab", "Неизвестная вкладка: " + tab, tab);
                }
                return null;
            });
            return Map.of("ok", true);
        });
    }

    /** One order of the supplier's organisation: the answer buttons, the notice, the hand-over form and its history. */
    private void orderPage(Context ctx) {
        Actor a = SocialWeb.actor(ctx, AREA);
        long id = SocialWeb.id(ctx);
        Map<String, Object> model = web.db().inTransaction(c -> {
            List<kz.qoltanba.portal.social.order.Order> found = area.orders.find(c, id);
            if (found.isEmpty() || !found.get(0).supplierBin().equals(a.bin())) {
                return null;
            }
            return Map.of(
                    "order", found.get(0),
                    "history", area.orders.history(c, id),
                    "handoverReady", handoverOrder(ctx) == id,
                    "handoverQuery", handoverQuery(ctx));
        });
        if (model == null) {
            throw kz.qoltanba.portal.web.PageException.notFound("social.error.notFound");
        }
        Pages.render(ctx, "social/supplierOrder.jte", model);
    }

    /** The order whose hand-over form was filled ({@code ?handover=ID&number=…}), or 0. */
    private static long handoverOrder(Context ctx) {
        String id = ctx.queryParam("handover");
        return id != null && id.matches("\\d{1,18}") ? Long.parseLong(id) : 0;
    }

    private static String handoverQuery(Context ctx) {
        StringBuilder query = new StringBuilder();
        for (String field : List.of("number", "documentDate", "scan", "date", "time")) {
            String value = ctx.queryParam(field);
            if (value != null) {
                query.append(query.length() == 0 ? "" : "&")
                        .append(field)
                        .append('=')
                        .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return query.toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> stringMap(Context ctx) {
        Map<String, Object> raw = ctx.bodyAsClass(Map.class);
        Map<String, String> values = new java.util.LinkedHashMap<>();
        raw.forEach((k, v) -> values.put(k, v == null ? null : String.valueOf(v)));
        return values;
    }

    private static HandoverForm handover(Context ctx) {
        String scan = ctx.queryParam("scan");
        Long scanId = scan == null || scan.isBlank()
                ? null
                : SocialWeb.ids(List.of(scan)).get(0);
        return new HandoverForm(
                ctx.queryParam("number"),
                ctx.queryParam("documentDate"),
                scanId,
                ctx.queryParam("date"),
                ctx.queryParam("time"));
    }

    /** A JSON action: the answer, or the refusal as {@code {ok:false, message}}. */
    private void json(Context ctx, ActorWork work) {
        Actor a = SocialWeb.actor(ctx, AREA);
        try {
            ctx.json(work.run(a));
        } catch (RuleViolation e) {
            web.refuse(ctx, e);
        }
    }

    /** A form post: back to the cabinet, or the refusal as a page. */
    private void form(Context ctx, Runnable work) {
        try {
            work.run();
        } catch (RuleViolation e) {
            throw web.asPage(ctx, e);
        }
        ctx.redirect("/social/supplier");
    }

    @FunctionalInterface
    private interface ActorWork {
        Object run(Actor actor);
    }
}
