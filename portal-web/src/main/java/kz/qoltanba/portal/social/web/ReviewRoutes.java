package kz.qoltanba.portal.social.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.qoltanba.portal.social.Actor;
import kz.qoltanba.portal.social.FileKind;
import kz.qoltanba.portal.social.FileStore;
import kz.qoltanba.portal.social.RuleViolation;
import kz.qoltanba.portal.social.SocialArea;
import kz.qoltanba.portal.social.application.ApplicationStatus;
import kz.qoltanba.portal.social.review.Decision;
import kz.qoltanba.portal.web.Pages;

/**
 * «РМ сотрудника ГО»: the lists («Новые», «В работе») of the reviewer's УКЗиСП, «В работу» / «Отменить», the
 * protocol upload and the signed decisions on applications and product applications.
 */
final class ReviewRoutes {
    private static final String AREA = "reviewer";
    private final SocialArea area;
    private final SocialWeb web;

    ReviewRoutes(SocialArea area, SocialWeb web) {
        this.area = area;
        this.web = web;
    }

    void register(RoutesConfig routes) {
        routes.get("/social/go", this::lists);
        routes.post("/social/go/files", this::upload);
        routes.post("/social/go/{kind}/{id}/{step}", this::unsigned);
        routes.post("/social/go/{kind}/{id}/decision/issue", ctx -> {
            Actor a = SocialWeb.actor(ctx, AREA);
            long id = SocialWeb.id(ctx);
            Decision d = decision(ctx);
            boolean product = product(ctx);
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
            boolean product = product(ctx);
            web.complete(
                    ctx,
                    (c, completion) -> {
                        if (product) {
                            area.productReview.decide(c, a, id, d, completion);
                        } else {
                            area.applicationReview.decide(c, a, id, d, completion);
                        }
                    },
                    "/social/go");
        });
    }

    private void lists(Context ctx) {
        Actor a = SocialWeb.actor(ctx, AREA);
        Map<String, Object> model = new HashMap<>(web.db()
                .inTransaction(c -> Map.of(
                        "fresh", area.applications.registryQueue(c, a.bin(), ApplicationStatus.NEW),
                        "inWork", area.applications.registryInWork(c, a.bin(), a.iin()),
                        "productsFresh", area.applications.productQueue(c, a.bin(), ApplicationStatus.NEW),
                        "productsInWork", area.applications.productInWork(c, a.bin(), a.iin()))));
        String kind = ctx.queryParam("kind");
        String id = ctx.queryParam("id");
        boolean decision = ("applications".equals(kind) || "product-applications".equals(kind))
                && id != null
                && id.matches("\\d{1,18}");
        model.put("decisionPath", decision ? "/social/go/" + kind + "/" + id + "/decision" : null);
        model.put("decisionQuery", decision ? decisionQuery(ctx) : null);
        Pages.render(ctx, "social/go.jte", model);
    }

    /** The decision form's answer (approve, protocol, reasons) carried on to the issue and complete routes. */
    private static String decisionQuery(Context ctx) {
        List<String> parts = new ArrayList<>();
        parts.add("approve=" + ("true".equals(ctx.queryParam("approve")) ? "true" : "false"));
        String protocol = ctx.queryParam("protocol");
        if (protocol != null && !protocol.isBlank()) {
            parts.add("protocol=" + URLEncoder.encode(protocol.strip(), StandardCharsets.UTF_8));
        }
        for (String reason : ctx.queryParams("reason")) {
            if (!reason.isBlank()) {
                parts.add("reason=" + URLEncoder.encode(reason, StandardCharsets.UTF_8));
            }
        }
        return String.join("&", parts);
    }

    /** «В работу» and «Отменить» on applications ({@code applications}) or product applications ({@code products}). */
    private void unsigned(Context ctx) {
        Actor a = SocialWeb.actor(ctx, AREA);
        long id = SocialWeb.id(ctx);
        boolean product = product(ctx);
        String step = ctx.pathParam("step");
        try {
            web.db().inTransaction(c -> {
                switch (step) {
                    case "take" -> {
                        if (product) {
                            area.productReview.take(c, a, id);
                        } else {
                            area.applicationReview.take(c, a, id);
                        }
                    }
                    case "cancel" -> {
                        if (product) {
                            area.productReview.cancel(c, a, id);
                        } else {
                            area.applicationReview.cancel(c, a, id);
                        }
                    }
                    default -> throw new RuleViolation("social.review.unknownStep", "Неизвестное действие: " + step);
                }
                return null;
            });
        } catch (RuleViolation e) {
            throw SocialWeb.asPage(e);
        }
        ctx.redirect("/social/go");
    }

    private void upload(Context ctx) throws IOException {
        Actor a = SocialWeb.actor(ctx, AREA);
        web.upload(ctx, FileStore.ukzispOwner(a.bin()), a.iin(), FileKind.PDF, area.files);
    }

    private static boolean product(Context ctx) {
        return "product-applications".equals(ctx.pathParam("kind"));
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
}
