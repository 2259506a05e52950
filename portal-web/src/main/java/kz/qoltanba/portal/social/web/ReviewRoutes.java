package kz.qoltanba.portal.social.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import kz.qoltanba.portal.social.Actor;
import kz.qoltanba.portal.social.RuleViolation;
import kz.qoltanba.portal.social.SocialArea;
import kz.qoltanba.portal.social.StoredFile;
import kz.qoltanba.portal.social.application.ApplicationStatus;
import kz.qoltanba.portal.social.review.Decision;
import kz.qoltanba.portal.web.Authz;
import kz.qoltanba.portal.web.Pages;
import kz.qoltanba.portal.web.Principal;
import kz.qoltanba.portal.web.Session;

/**
 * «РМ сотрудника ГО»: the lists («Новые», «В работе») of the reviewer's УКЗиСП, «В работу» / «Отменить», the
 * signed decisions on applications and product applications, and the files a reviewer may open (the filed
 * attachments, the decisions' protocols). The item pages and the decision form are {@link ReviewPages}.
 */
final class ReviewRoutes {
    private static final String AREA = ReviewPages.AREA;
    /** L2 step 4: where a reviewer lands after the certificate login. */
    static final String CERTIFICATE_PAGE = "/social/go/certificate";

    private final SocialArea area;
    private final SocialWeb web;
    private final ReviewPages pages;

    ReviewRoutes(SocialArea area, SocialWeb web) {
        this.area = area;
        this.web = web;
        this.pages = new ReviewPages(area, web);
    }

    void register(RoutesConfig routes) {
        routes.get("/social/go", this::lists);
        routes.get(CERTIFICATE_PAGE, this::certificate);
        routes.get("/social/go/files/{id}", this::protocolFile);
        routes.get("/social/go/product-applications/{id}/files/{sha256}", this::filedFile);
        routes.post("/social/go/{kind}/{id}/take", ctx -> unsigned(ctx, true));
        routes.post("/social/go/{kind}/{id}/cancel", ctx -> unsigned(ctx, false));
        routes.post("/social/go/{kind}/{id}/decision/issue", ctx -> {
            Actor a = SocialWeb.actor(ctx, AREA);
            long id = SocialWeb.id(ctx);
            Decision d = decision(ctx);
            boolean product = ReviewPages.product(ReviewPages.kind(ctx));
            web.issue(
                    ctx,
                    a,
                    c -> product
                            ? area.productReview.prepare(c, a, id, d)
                            : area.applicationReview.prepare(c, a, id, d));
        });
        routes.post("/social/go/{kind}/{id}/decision/complete", ctx -> {
            Actor a = SocialWeb.actor(ctx, AREA);
            long id = SocialWeb.id(ctx);
            Decision d = decision(ctx);
            String kind = ReviewPages.kind(ctx);
            boolean product = ReviewPages.product(kind);
            web.complete(
                    ctx,
                    (c, completion) -> {
                        if (product) {
                            area.productReview.decide(c, a, id, d, completion);
                        } else {
                            area.applicationReview.decide(c, a, id, d, completion);
                        }
                    },
                    "/social/go/" + kind + "/" + id);
        });
        pages.register(routes);
    }

    private void lists(Context ctx) {
        Actor a = SocialWeb.actor(ctx, AREA);
        Map<String, Object> model = new HashMap<>(web.db()
                .inTransaction(c -> Map.of(
                        "fresh", area.applications.registryQueue(c, a.bin(), ApplicationStatus.NEW),
                        "inWork", area.applications.registryInWork(c, a.bin(), a.iin()),
                        "productsFresh", area.applications.productQueue(c, a.bin(), ApplicationStatus.NEW),
                        "productsInWork", area.applications.productInWork(c, a.bin(), a.iin()))));
        Pages.render(ctx, "social/go.jte", model);
    }

    /**
     * «В работу» and «Отменить» on applications or product applications; back to the page the form came from
     * (the lists, or an item's page), never elsewhere.
     */
    private void unsigned(Context ctx, boolean take) {
        Actor a = SocialWeb.actor(ctx, AREA);
        long id = SocialWeb.id(ctx);
        boolean product = ReviewPages.product(ReviewPages.kind(ctx));
        try {
            web.db().inTransaction(c -> {
                if (take && product) {
                    area.productReview.take(c, a, id);
                } else if (take) {
                    area.applicationReview.take(c, a, id);
                } else if (product) {
                    area.productReview.cancel(c, a, id);
                } else {
                    area.applicationReview.cancel(c, a, id);
                }
                return null;
            });
        } catch (RuleViolation e) {
            throw web.asPage(ctx, e);
        }
        String back = ctx.formParam("back");
        ctx.redirect(
                back != null && back.matches("/social/go(/[a-z-]+/\\d{1,18})?(\\?tab=[a-zA-Z]+)?")
                        ? back
                        : "/social/go");
    }

    /** Column «Протокол»: a decision's protocol of the reviewer's УКЗиСП. */
    private void protocolFile(Context ctx) {
        Actor a = SocialWeb.actor(ctx, AREA);
        long id = SocialWeb.id(ctx);
        send(ctx, () -> web.db().inTransaction(c -> pages.dossiers().protocolOf(c, a, id)));
    }

    /** A certificate, letter or image as the supplier filed it with the product application. */
    private void filedFile(Context ctx) {
        Actor a = SocialWeb.actor(ctx, AREA);
        long id = SocialWeb.id(ctx);
        String sha256 = ctx.pathParam("sha256");
        if (!sha256.matches("[0-9a-fA-F]{64}")) {
            throw kz.qoltanba.portal.web.PageException.notFound("social.error.notFound");
        }
        send(ctx, () -> web.db().inTransaction(c -> pages.dossiers().filedFile(c, a, id, sha256)));
    }

    private void send(Context ctx, java.util.function.Supplier<StoredFile> find) {
        try {
            StoredFile file = find.get();
            byte[] content = web.db().inTransaction(c -> area.files.content(c, file.id()));
            String ascii = file.name().replaceAll("[^A-Za-z0-9._-]", "_");
            String utf8 = java.net.URLEncoder.encode(file.name(), java.nio.charset.StandardCharsets.UTF_8)
                    .replace("+", "%20");
            ctx.header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8);
            ctx.contentType(file.contentType()).result(content);
        } catch (RuleViolation e) {
            throw web.asPage(ctx, e);
        }
    }

    private static Decision decision(Context ctx) {
        String protocol = ctx.queryParam("protocol");
        Long protocolId = protocol == null || protocol.isBlank()
                ? null
                : SocialWeb.ids(List.of(protocol)).get(0);
        return "true".equals(ctx.queryParam("approve"))
                ? Decision.approval(protocolId)
                : Decision.refusal(ctx.queryParams("reason"), protocolId);
    }

    /**
     * The data of this session's login EDS and «Перейти в кабинет»; a session that has not remembered its login
     * signature (begun before logins were remembered) goes to the cabinet, never to another session's login.
     */
    private void certificate(Context ctx) {
        Principal principal = Authz.require(ctx, AREA, AREA);
        OptionalLong login = Session.of(ctx).loginDocumentId();
        Optional<ReviewerCertificate> certificate = login.isEmpty()
                ? Optional.empty()
                : web.db().inTransaction(c -> ReviewerCertificate.ofLogin(c, login.getAsLong(), principal));
        if (certificate.isEmpty()) {
            ctx.redirect("/social/go");
            return;
        }
        Pages.render(ctx, "social/goCertificate.jte", Map.of("certificate", certificate.get()));
    }
}
