package kz.qoltanba.portal.signing;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.qoltanba.portal.PortalServices;
import kz.qoltanba.portal.TrustAnchors;
import kz.qoltanba.portal.web.AccessDeniedException;
import kz.qoltanba.portal.web.Feature;
import kz.qoltanba.portal.web.PageException;
import kz.qoltanba.portal.web.Pages;
import kz.qoltanba.portal.web.Principal;
import kz.qoltanba.portal.web.Session;
import kz.qoltanba.signing.devpki.DevPki;
import kz.qoltanba.signing.validation.ValidationReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signed documents: {@code GET /documents/{id}} (who, when, what, the report), {@code GET
 * /documents/{id}/download} ({@code .cms} with its content, or {@code .xml}), {@code POST
 * /documents/{id}/reverify} (the page with a report made now). Only the signer and whoever the area's {@link
 * DocumentAccess} admits may open them.
 */
public final class SigningFeature implements Feature {
    private static final Logger LOG = LoggerFactory.getLogger(SigningFeature.class);

    /**
     * Registers the signing settings, the pipeline and the login challenges on the platform's trust anchors (and
     * the dev PKI's issuing CAs in dev mode), unless a test registered its own pipeline already or there is no
     * trust anchor at all.
     */
    @Override
    public void provide(PortalServices.Builder services) {
        if (services.find(SigningPipeline.class).isPresent()) {
            return;
        }
        TrustAnchors anchors = services.require(TrustAnchors.class);
        if (anchors.certificates().isEmpty()) {
            // The configuration refuses to start without PORTAL_TRUST outside dev mode; only a bare test gets here.
            LOG.warn("no trust anchors: signing and certificate login are not available");
            return;
        }
        SigningSettings settings = PortalSigning.settings(services.config(), anchors, services.find(DevPki.class));
        PortalSigning.register(services, settings, services.clock());
    }

    @Override
    public void register(RoutesConfig routes, PortalServices services) {
        routes.get("/documents/{id}", ctx -> show(ctx, services, null));
        routes.post("/documents/{id}/reverify", ctx -> {
            SignedDocument document = authorised(ctx, services, null);
            ValidationReport report;
            try {
                report = services.require(SigningPipeline.class).reverify(document);
            } catch (SignatureRejectedException e) {
                journal(ctx, services, document, "document.reverify", "refused: " + e.code());
                throw PageException.badRequest(e.messageKey());
            }
            journal(
                    ctx,
                    services,
                    document,
                    "document.reverify",
                    report.indication().name());
            show(ctx, services, ReportView.parse(report.toJson()));
        });
        routes.get("/documents/{id}/download", ctx -> {
            SignedDocument document = authorised(ctx, services, "document.download");
            String name = "document-" + document.id() + document.fileExtension();
            ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
            ctx.contentType(document.mediaType());
            ctx.result(document.signedBytes());
        });
    }

    private static void show(Context ctx, PortalServices services, ReportView fresh) {
        SignedDocument document = authorised(ctx, services, null);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("document", document);
        params.put("stored", ReportView.parse(document.reportJson()));
        params.put("fresh", fresh);
        params.put("content", new String(document.content(), StandardCharsets.UTF_8));
        Pages.render(ctx, "signing/document.jte", params);
    }

    /** Records {@code action} on {@code document} by the logged-in user (the document itself does not change). */
    private static void journal(
            Context ctx, PortalServices services, SignedDocument document, String action, String details) {
        Principal principal = Session.of(ctx).principal().orElseThrow();
        services.db().inTransaction(c -> {
            services.audit().record(c, principal, action, "signed_document", String.valueOf(document.id()), details);
            return null;
        });
    }

    /** The document the logged-in user may see; {@code action} (when not null) is journaled in the same read. */
    private static SignedDocument authorised(Context ctx, PortalServices services, String action) {
        Principal principal = Session.of(ctx)
                .principal()
                .orElseThrow(() -> new AccessDeniedException("error.loginRequired", "not logged in: " + ctx.path()));
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw PageException.notFound("signing.document.notFound");
        }
        DocumentAccessRules rules = services.find(DocumentAccessRules.class).orElseGet(DocumentAccessRules::signerOnly);
        SigningPipeline pipeline = services.require(SigningPipeline.class);
        return services.db().inTransaction(c -> {
            SignedDocument document = pipeline.documents()
                    .find(c, id)
                    .orElseThrow(() -> PageException.notFound("signing.document.notFound"));
            if (!rules.mayView(c, principal, document)) {
                throw new AccessDeniedException(
                        "error.forbidden",
                        principal.area() + "/" + principal.accountId() + " may not see document " + id);
            }
            if (action != null) {
                services.audit()
                        .record(c, principal, action, "signed_document", String.valueOf(id), document.fileExtension());
            }
            return document;
        });
    }
}
