package kz.qoltanba.portal.social.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.qoltanba.portal.PortalServices;
import kz.qoltanba.portal.db.PortalDatabase;
import kz.qoltanba.portal.i18n.Lang;
import kz.qoltanba.portal.i18n.Texts;
import kz.qoltanba.portal.signing.IssuedRequest;
import kz.qoltanba.portal.signing.SignRequestJson;
import kz.qoltanba.portal.signing.SigningPipeline;
import kz.qoltanba.portal.social.Actor;
import kz.qoltanba.portal.social.PipelineSignatures;
import kz.qoltanba.portal.social.Prepared;
import kz.qoltanba.portal.social.RuleViolation;
import kz.qoltanba.portal.social.SignatureCompletion;
import kz.qoltanba.portal.social.SignatureRefused;
import kz.qoltanba.portal.social.SocialAccounts;
import kz.qoltanba.portal.web.Authz;
import kz.qoltanba.portal.web.PageException;
import kz.qoltanba.portal.web.Session;

/**
 * What every social route does the same way: who acts (the area's login and role checked on every request),
 * the sign-request / complete pair for signed actions, and refusals as a sentence in the user's language.
 */
final class SocialWeb {
    private final PortalServices services;

    SocialWeb(PortalServices services) {
        this.services = services;
    }

    PortalDatabase db() {
        return services.db();
    }

    java.time.Instant clockNow() {
        return services.clock().instant();
    }

    /** The logged-in actor of {@code area} ({@code supplier}, {@code reviewer}, {@code recipient}), or 403. */
    static Actor actor(Context ctx, String area) {
        return SocialAccounts.actor(Authz.require(ctx, area, area)).orElseThrow();
    }

    /** A signed action's first step: the guards pass, the sign request is issued (JSON for the page script). */
    void issue(Context ctx, Actor actor, PreparedWork work) {
        try {
            SigningPipeline pipeline = services.require(SigningPipeline.class);
            PipelineSignatures signatures = new PipelineSignatures(pipeline);
            IssuedRequest request =
                    db().inTransaction(c -> signatures.issue(c, Session.of(ctx).id(), actor, work.prepare(c)));
            ctx.json(SignRequestJson.of(request, PipelineSignatures.ruleFor(actor), pipeline.settings()));
        } catch (RuleViolation e) {
            refuse(ctx, e);
        }
    }

    /** A signed action's second step: verified and applied in one transaction, or refused and nothing changes. */
    void complete(Context ctx, SignedWork work, String redirect) {
        Map<?, ?> body = ctx.bodyAsClass(Map.class);
        UUID requestId;
        try {
            requestId = UUID.fromString(String.valueOf(body.get("requestId")));
        } catch (IllegalArgumentException e) {
            ctx.json(Map.of("ok", false, "message", texts(ctx).t("social.error.requestId")));
            return;
        }
        String signed = body.get("signed") == null ? null : String.valueOf(body.get("signed"));
        PipelineSignatures signatures = new PipelineSignatures(services.require(SigningPipeline.class));
        try {
            db().inTransaction(c -> {
                work.apply(
                        c, signatures.completion(c, requestId, Session.of(ctx).id(), signed));
                return null;
            });
            ctx.json(Map.of("ok", true, "redirect", redirect));
        } catch (RuleViolation e) {
            refuse(ctx, e);
        }
    }

    /** Stores the request's {@code file} part for {@code owner} and answers {@code {ok, id, name, sha256}}. */
    void upload(
            Context ctx,
            String owner,
            kz.qoltanba.portal.social.Actor uploader,
            kz.qoltanba.portal.social.FileKind kind,
            kz.qoltanba.portal.social.FileStore files)
            throws java.io.IOException {
        io.javalin.http.UploadedFile file = ctx.uploadedFile("file");
        if (file == null) {
            refuse(ctx, new RuleViolation("social.file.missing", "Выберите файл"));
            return;
        }
        byte[] bytes;
        try (java.io.InputStream in = file.content()) {
            bytes = in.readNBytes((int) kz.qoltanba.portal.social.FileStore.MAX_SIZE + 1);
        }
        try {
            var stored = db().inTransaction(c -> files.store(c, uploader, owner, file.filename(), bytes, kind));
            ctx.json(Map.of("ok", true, "id", stored.id(), "name", stored.name(), "sha256", stored.sha256()));
        } catch (RuleViolation e) {
            refuse(ctx, e);
        }
    }

    void refuse(Context ctx, RuleViolation e) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("ok", false);
        answer.put("message", message(ctx, e));
        if (e instanceof SignatureRefused refused) {
            answer.put("code", refused.code());
        }
        ctx.status(e instanceof kz.qoltanba.portal.social.NotFound ? 404 : 200).json(answer);
    }

    /** The refusal in the user's language (the Russian text when the key has no translation). */
    String message(Context ctx, RuleViolation e) {
        Texts texts = texts(ctx);
        if (e instanceof SignatureRefused refused) {
            String key = "signing.error." + refused.code();
            return texts.lang() == Lang.KK && texts.has(key) ? texts.t(key) : e.getMessage();
        }
        return texts.lang() == Lang.KK && texts.has(e.key())
                ? texts.t(e.key(), e.arguments(texts.lang().code()))
                : e.getMessage();
    }

    /** For form posts: a refusal becomes a 400 page with the sentence in the user's language. */
    PageException asPage(Context ctx, RuleViolation e) {
        return e instanceof kz.qoltanba.portal.social.NotFound
                ? PageException.notFound("social.error.notFound")
                : new PageException(400, "social.error.refused", message(ctx, e));
    }

    Texts texts(Context ctx) {
        return services.messages().texts(Session.of(ctx).lang());
    }

    static List<Long> ids(List<String> values) {
        try {
            return values.stream().map(String::strip).map(Long::parseLong).toList();
        } catch (NumberFormatException e) {
            throw new RuleViolation("social.error.badId", "Неверный номер объекта");
        }
    }

    static long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw PageException.notFound("social.error.notFound");
        }
    }

    /** Builds a signed action's payload inside the issuing transaction. */
    @FunctionalInterface
    interface PreparedWork {
        Prepared prepare(java.sql.Connection c) throws java.sql.SQLException;
    }

    /** Applies a signed action, verifying the signature through {@code completion}. */
    @FunctionalInterface
    interface SignedWork {
        void apply(java.sql.Connection c, SignatureCompletion completion) throws java.sql.SQLException;
    }
}
