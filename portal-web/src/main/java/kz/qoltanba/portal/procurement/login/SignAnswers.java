package kz.qoltanba.portal.procurement.login;

import io.javalin.http.Context;
import java.util.Map;
import kz.qoltanba.portal.signing.IssuedRequest;
import kz.qoltanba.portal.signing.SignRequestJson;
import kz.qoltanba.portal.signing.SignatureRejectedException;
import kz.qoltanba.portal.signing.SignerRule;
import kz.qoltanba.portal.signing.SigningSettings;
import kz.qoltanba.portal.web.Pages;

/** The JSON answers of the page-side signing flow (issue, then complete). */
final class SignAnswers {
    private SignAnswers() {}

    /** The request with the key filters the signing app uses ({@link SignRequestJson}). */
    static void issued(Context ctx, IssuedRequest request, SignerRule rule, SigningSettings settings) {
        ctx.json(SignRequestJson.of(request, rule, settings));
    }

    static void done(Context ctx, String redirect) {
        ctx.json(Map.of("ok", true, "redirect", redirect));
    }

    static void refused(Context ctx, String messageKey) {
        ctx.status(200).json(Map.of("ok", false, "message", Pages.page(ctx).t(messageKey)));
    }

    static void rejected(Context ctx, SignatureRejectedException e) {
        String text = Pages.page(ctx).t(e.messageKey());
        boolean missing = text == null || text.equals(e.messageKey()) || text.startsWith("??");
        ctx.status(200).json(Map.of("ok", false, "code", e.code(), "message", missing ? e.userMessage() : text));
    }
}
