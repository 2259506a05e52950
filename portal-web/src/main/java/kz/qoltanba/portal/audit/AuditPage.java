package kz.qoltanba.portal.audit;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.qoltanba.portal.PortalServices;
import kz.qoltanba.portal.web.Authz;
import kz.qoltanba.portal.web.Pages;

/**
 * {@code /admin/audit}: the latest journal entries, or those of one object ({@code ?type=&id=}), for the system
 * administrator (area {@value #AREA}, role {@value #ROLE}).
 */
public final class AuditPage {
    static final String AREA = "procurement";
    static final String ROLE = "admin";

    private AuditPage() {}

    /** Adds the route (the platform's own feature calls this). */
    public static void register(RoutesConfig routes, PortalServices services) {
        routes.get("/admin/audit", ctx -> show(ctx, services));
    }

    private static void show(Context ctx, PortalServices services) {
        Authz.require(ctx, AREA, ROLE);
        String type = blankToNull(ctx.queryParam("type"));
        String id = blankToNull(ctx.queryParam("id"));
        List<AuditEvent> events = services.db()
                .inTransaction(c -> type != null && id != null
                        ? services.audit().of(c, type, id)
                        : services.audit().latest(c, 200));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("events", events);
        params.put("type", type == null ? "" : type);
        params.put("id", id == null ? "" : id);
        Pages.render(ctx, "common/audit.jte", params);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
