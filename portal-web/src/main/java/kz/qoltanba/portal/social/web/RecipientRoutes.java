package kz.qoltanba.portal.social.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.qoltanba.portal.social.Actor;
import kz.qoltanba.portal.social.RuleViolation;
import kz.qoltanba.portal.social.SocialArea;
import kz.qoltanba.portal.social.order.HistoryEntry;
import kz.qoltanba.portal.social.order.Order;
import kz.qoltanba.portal.social.order.OrderForm;
import kz.qoltanba.portal.web.PageException;
import kz.qoltanba.portal.web.Pages;

/** The recipient's routes: the catalogue of offered products, ordering, and «Мои заказы» with every status. */
final class RecipientRoutes {
    private static final String AREA = "recipient";
    private final SocialArea area;
    private final SocialWeb web;

    RecipientRoutes(SocialArea area, SocialWeb web) {
        this.area = area;
        this.web = web;
    }

    void register(RoutesConfig routes) {
        routes.get("/social/recipient", this::cabinet);
        routes.post("/social/recipient/orders", ctx -> {
            Actor a = SocialWeb.actor(ctx, AREA);
            OrderForm form = new OrderForm(
                    SocialWeb.ids(List.of(String.valueOf(ctx.formParam("product"))))
                            .get(0),
                    ctx.formParam("quantity"),
                    ctx.formParam("method"),
                    ctx.formParam("address"),
                    ctx.formParam("fullName"),
                    ctx.formParam("phone"),
                    ctx.formParam("email"));
            act(ctx, () -> web.db().inTransaction(c -> area.ordering.order(c, a, form)));
        });
        routes.post("/social/recipient/orders/{id}/cancel", ctx -> {
            Actor a = SocialWeb.actor(ctx, AREA);
            long id = SocialWeb.id(ctx);
            act(
                    ctx,
                    () -> web.db().inTransaction(c -> {
                        area.ordering.cancel(c, a, id);
                        return null;
                    }));
        });
        routes.get("/social/recipient/orders", this::orderList);
        routes.get("/social/recipient/orders/{id}", this::orderPage);
        routes.get("/social/recipient/orders.json", ctx -> {
            Actor a = SocialWeb.actor(ctx, AREA);
            ctx.json(web.db().inTransaction(c -> {
                List<Map<String, Object>> orders = new java.util.ArrayList<>();
                for (Order o : area.orders.ofRecipient(c, a.accountId())) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("number", o.number());
                    m.put("status", o.status().label("ru"));
                    m.put(
                            "history",
                            area.orders.history(c, o.id()).stream()
                                    .map(HistoryEntry::status)
                                    .map(s -> s.label("ru"))
                                    .toList());
                    orders.add(m);
                }
                return orders;
            }));
        });
    }

    private void cabinet(Context ctx) {
        Actor a = SocialWeb.actor(ctx, AREA);
        Map<String, Object> model = web.db()
                .inTransaction(c -> Map.of(
                        "catalogue", area.ordering.catalogue(c),
                        "orders", area.orders.ofRecipient(c, a.accountId())));
        Pages.render(ctx, "social/recipient.jte", model);
    }

    private void orderList(Context ctx) {
        Actor a = SocialWeb.actor(ctx, AREA);
        List<Order> orders = web.db().inTransaction(c -> area.orders.ofRecipient(c, a.accountId()));
        Pages.render(ctx, "social/recipientOrders.jte", Map.of("orders", orders));
    }

    /** One order of the logged-in recipient with «История заказа товара»; another recipient's order is 404. */
    private void orderPage(Context ctx) {
        Actor a = SocialWeb.actor(ctx, AREA);
        long id = SocialWeb.id(ctx);
        Map<String, Object> model = web.db().inTransaction(c -> {
            List<Order> found = area.orders.find(c, id);
            if (found.isEmpty() || found.get(0).recipientId() != a.accountId()) {
                return null;
            }
            return Map.of("order", found.get(0), "history", area.orders.history(c, id));
        });
        if (model == null) {
            throw PageException.notFound("social.error.notFound");
        }
        Pages.render(ctx, "social/recipientOrder.jte", model);
    }

    private void act(Context ctx, Runnable work) {
        try {
            work.run();
        } catch (RuleViolation e) {
            throw web.asPage(ctx, e);
        }
        ctx.redirect("/social/recipient");
    }
}
