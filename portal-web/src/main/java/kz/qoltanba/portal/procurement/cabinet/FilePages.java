package kz.qoltanba.portal.procurement.cabinet;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.qoltanba.portal.procurement.ProcurementContext;
import kz.qoltanba.portal.procurement.files.FileEndpoints;
import kz.qoltanba.portal.procurement.files.FileRepository;
import kz.qoltanba.portal.procurement.files.UploadTokens;
import kz.qoltanba.portal.web.Authz;
import kz.qoltanba.portal.web.Pages;
import kz.qoltanba.portal.web.Principal;

/**
 * The user's uploaded files with their signature status, and the upload token the page hands to the signing
 * app's NURSign module ({@code type: "file"}) together with the upload and check URLs.
 */
public final class FilePages {
    private final ProcurementContext context;
    private final UploadTokens tokens;
    private final FileRepository files = new FileRepository();

    public FilePages(ProcurementContext context, UploadTokens tokens) {
        this.context = context;
        this.tokens = tokens;
    }

    public void list(Context ctx) {
        Principal principal = Authz.require(ctx, ProcurementContext.AREA, ProcurementContext.ROLE_USER);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("files", context.services().db().inTransaction(c -> files.listForAccount(c, principal.accountId())));
        params.put("maxMiB", context.accounts().settings().maxFileBytes() / (1024 * 1024));
        Pages.render(ctx, "procurement/files.jte", params);
    }

    public void issueToken(Context ctx) {
        Principal principal = Authz.require(ctx, ProcurementContext.AREA, ProcurementContext.ROLE_USER);
        String token = context.services()
                .db()
                .inTransaction(c -> tokens.issue(
                        c,
                        principal.accountId(),
                        context.services().clock().instant(),
                        context.accounts().settings().uploadTokenTtl()))
                .value();
        String origin = context.accounts().settings().publicOrigin();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("token", token);
        body.put("url_upload", origin + FileEndpoints.UPLOAD_PATH);
        body.put("check_exists_url", origin + FileEndpoints.CHECK_PATH);
        ctx.json(body);
    }
}
