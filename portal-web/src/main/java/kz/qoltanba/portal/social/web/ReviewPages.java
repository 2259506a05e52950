package kz.qoltanba.portal.social.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.qoltanba.portal.social.Actor;
import kz.qoltanba.portal.social.FileStore;
import kz.qoltanba.portal.social.RuleViolation;
import kz.qoltanba.portal.social.SocialArea;
import kz.qoltanba.portal.social.StoredFile;
import kz.qoltanba.portal.social.product.TsrType;
import kz.qoltanba.portal.social.review.Decision;
import kz.qoltanba.portal.social.review.Dossiers;
import kz.qoltanba.portal.social.review.ProtocolUpload;
import kz.qoltanba.portal.web.Pages;

/**
 * The reviewer's pages of one item (R-GO-05, PA4): the application or product application as filed, in tabs, and
 * the decision form («Одобрить» / «Отказать» → protocol PDF, reasons → the signing page).
 */
final class ReviewPages {
    static final String AREA = "reviewer";
    private static final List<String> APPLICATION_TABS = List.of("application", "organisation", "products");
    private static final List<String> ORGANISATION_PARTS =
            List.of("identification", "service", "contacts", "realEstate");
    private static final List<String> PRODUCT_TABS =
            List.of("general", "technical", "operational", "functional", "quality", "registration", "service");

    private static final java.time.ZoneId ZONE = java.time.ZoneId.of("Asia/Almaty");
    private static final java.time.format.DateTimeFormatter TIME =
            java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final SocialArea area;
    private final SocialWeb web;
    private final Dossiers dossiers;
    private final ProtocolUpload protocols;

    ReviewPages(SocialArea area, SocialWeb web) {
        this.area = area;
        this.web = web;
        this.dossiers = new Dossiers(area.applications, area.files);
        this.protocols = area.protocols;
    }

    Dossiers dossiers() {
        return dossiers;
    }

    void register(RoutesConfig routes) {
        routes.get("/social/go/applications/{id}", this::application);
        routes.get("/social/go/product-applications/{id}", this::productApplication);
        routes.get("/social/go/{kind}/{id}/decision", this::openDecision);
        routes.post("/social/go/{kind}/{id}/decision", this::decide);
    }

    private void application(Context ctx) {
        Actor a = SocialWeb.actor(ctx, AREA);
        long id = SocialWeb.id(ctx);
        String tab = choice(ctx.queryParam("tab"), APPLICATION_TABS);
        String part = choice(ctx.queryParam("part"), ORGANISATION_PARTS);
        Map<String, Object> model = new HashMap<>();
        Dossiers.ApplicationDossier dossier;
        try {
            dossier = inTransaction(c -> dossiers.application(c, a, id));
        } catch (RuleViolation e) {
            throw web.asPage(ctx, e);
        }
        model.put("dossier", dossier);
        model.put("submitted", time(dossier.application().submittedAt()));
        model.put("decided", time(dossier.application().decidedAt()));
        model.put("tab", tab);
        model.put("part", part);
        model.put("mine", a.iin());
        Pages.render(ctx, "social/goApplication.jte", model);
    }

    private void productApplication(Context ctx) {
        Actor a = SocialWeb.actor(ctx, AREA);
        long id = SocialWeb.id(ctx);
        Map<String, Object> model = new HashMap<>(visible(
                ctx,
                () -> inTransaction(c -> {
                    Dossiers.ProductDossier d = dossiers.product(c, a, id);
                    TsrType type =
                            area.tsrTypes.find(c, d.product().tsrTypeId()).orElse(null);
                    Map<String, Object> m = new HashMap<>();
                    m.put("dossier", d);
                    m.put("type", type);
                    m.put("submitted", time(d.application().submittedAt()));
                    m.put("decided", time(d.application().decidedAt()));
                    return m;
                })));
        TsrType type = (TsrType) model.get("type");
        List<String> tabs = new ArrayList<>(PRODUCT_TABS);
        if (type == null || !type.requiresService()) {
            tabs.remove("service");
        }
        model.put("tabs", tabs);
        model.put("tab", choice(ctx.queryParam("tab"), tabs));
        model.put("mine", a.iin());
        Pages.render(ctx, "social/goProduct.jte", model);
    }

    /** «Одобрить» / «Отказать» on an item the reviewer can see (another УКЗиСП's item is not found). */
    private void openDecision(Context ctx) {
        Actor a = SocialWeb.actor(ctx, AREA);
        long id = SocialWeb.id(ctx);
        boolean product = product(kind(ctx));
        try {
            inTransaction(c -> product ? dossiers.product(c, a, id) : dossiers.application(c, a, id));
        } catch (RuleViolation e) {
            throw web.asPage(ctx, e);
        }
        decisionForm(ctx, approve(ctx.queryParam("approve")), null, 200);
    }

    /** The decision form: «Мотивированный отказ/Протокол решения комиссии» or «Протокол решения комиссии». */
    private void decisionForm(Context ctx, boolean approve, String error, int status) {
        SocialWeb.actor(ctx, AREA);
        String kind = kind(ctx);
        long id = SocialWeb.id(ctx);
        Map<String, Object> model = new HashMap<>();
        model.put("kind", kind);
        model.put("id", id);
        model.put("approve", approve);
        model.put("reasons", approve ? "" : String.join("\n", reasonsOf(ctx.formParam("reasons"))));
        model.put("error", error);
        ctx.status(status);
        Pages.render(ctx, "social/goDecision.jte", model);
    }

    /**
     * The form's answer: the protocol is checked and stored and the decision's guards run in one transaction (a
     * refusal stores nothing and shows the form again with the sentence); then the signing page.
     */
    private void decide(Context ctx) {
        Actor a = SocialWeb.actor(ctx, AREA);
        String kind = kind(ctx);
        long id = SocialWeb.id(ctx);
        boolean approve = approve(ctx.formParam("approve"));
        List<String> reasons = approve ? List.of() : reasonsOf(ctx.formParam("reasons"));
        UploadedFile file = ctx.uploadedFile("protocol");
        String name = file == null ? null : file.filename();
        byte[] bytes = file == null ? new byte[0] : read(file);
        StoredFile protocol;
        try {
            protocol = inTransaction(c -> {
                if (!approve && reasons.isEmpty()) {
                    throw new RuleViolation("social.review.reasonRequired", "Укажите причину отказа");
                }
                StoredFile stored = protocols.store(c, a, name, bytes);
                Decision d = approve ? Decision.approval(stored.id()) : Decision.refusal(reasons, stored.id());
                if (product(kind)) {
                    area.productReview.prepare(c, a, id, d);
                } else {
                    area.applicationReview.prepare(c, a, id, d);
                }
                return stored;
            });
        } catch (RuleViolation e) {
            if (e instanceof kz.qoltanba.portal.social.NotFound) {
                throw web.asPage(ctx, e);
            }
            decisionForm(ctx, approve, web.message(ctx, e), 400);
            return;
        }
        String query = query(approve, protocol.id(), reasons);
        String base = "/social/go/" + kind + "/" + id + "/decision";
        Map<String, Object> model = new HashMap<>();
        model.put("kind", kind);
        model.put("id", id);
        model.put("approve", approve);
        model.put("reasons", reasons);
        model.put("protocol", protocol);
        model.put("issueUrl", base + "/issue?" + query);
        model.put("completeUrl", base + "/complete?" + query);
        Pages.render(ctx, "social/goSign.jte", model);
    }

    /** The query that carries the decision to the issue and complete routes (both rebuild and compare it). */
    static String query(boolean approve, long protocolId, List<String> reasons) {
        List<String> parts = new ArrayList<>();
        parts.add("approve=" + approve);
        parts.add("protocol=" + protocolId);
        for (String reason : reasons) {
            parts.add("reason=" + URLEncoder.encode(reason, StandardCharsets.UTF_8));
        }
        return String.join("&", parts);
    }

    /** One reason a line; blank lines dropped. */
    static List<String> reasonsOf(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("\\R"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    static boolean product(String kind) {
        return "product-applications".equals(kind);
    }

    static String kind(Context ctx) {
        String kind = ctx.pathParam("kind");
        if (!"applications".equals(kind) && !"product-applications".equals(kind)) {
            throw kz.qoltanba.portal.web.PageException.notFound("social.error.notFound");
        }
        return kind;
    }

    /** A moment as the reviewer reads it: local time of Kazakhstan. */
    private static String time(java.time.Instant at) {
        return at == null ? null : TIME.format(at.atZone(ZONE));
    }

    private static boolean approve(String value) {
        return "true".equals(value);
    }

    /** Another УКЗиСП's item, or one that does not exist, answers the not-found page. */
    private <T> T visible(Context ctx, java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (RuleViolation e) {
            throw web.asPage(ctx, e);
        }
    }

    private static String choice(String value, List<String> allowed) {
        return value != null && allowed.contains(value) ? value : allowed.get(0);
    }

    private static byte[] read(UploadedFile file) {
        try (InputStream in = file.content()) {
            return in.readNBytes((int) FileStore.MAX_SIZE + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T inTransaction(kz.qoltanba.portal.db.PortalDatabase.SqlWork<T> work) {
        return web.db().inTransaction(work);
    }
}
