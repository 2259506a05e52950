package kz.qoltanba.portal.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import kz.qoltanba.portal.i18n.Lang;
import kz.qoltanba.portal.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Error answers without stack traces: the error page in the user's language, or {@code {ok:false, message}} when
 * the request asked for JSON ({@code Accept: application/json} or a {@code .json} path). The log gets the detail.
 */
final class ErrorPages {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);

    private final Messages messages;

    ErrorPages(Messages messages) {
        this.messages = messages;
    }

    void register(RoutesConfig routes) {
        routes.exception(AccessDeniedException.class, (e, ctx) -> {
            LOG.info("refused: {}", e.getMessage());
            answer(ctx, 403, e.messageKey());
        });
        routes.exception(PageException.class, (e, ctx) -> {
            LOG.info("refused: {}", e.getMessage());
            answer(ctx, e.status(), e.messageKey(), e.args());
        });
        routes.exception(HttpResponseException.class, (e, ctx) -> {
            LOG.info("{} on {} {}: {}", e.getStatus(), ctx.method(), ctx.path(), e.getMessage());
            answer(ctx, e.getStatus(), keyOf(e.getStatus()));
        });
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("failed: {} {}", ctx.method(), ctx.path(), e);
            answer(ctx, 500, "error.internal");
        });
        routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                answer(ctx, 404, "error.notFound");
            }
        });
    }

    private static String keyOf(int status) {
        return switch (status) {
            case 400 -> "error.badRequest";
            case 403 -> "error.forbidden";
            case 404 -> "error.notFound";
            case 405 -> "error.notFound";
            default -> "error.internal";
        };
    }

    private void answer(Context ctx, int status, String key, Object... args) {
        ctx.status(status);
        Lang lang = langOf(ctx);
        String message = messages.texts(lang).t(key, args);
        if (wantsJson(ctx)) {
            ctx.json(Map.of("ok", false, "message", message));
            return;
        }
        try {
            Pages.render(ctx, "common/error.jte", Map.of("status", status, "message", message));
        } catch (RuntimeException e) {
            LOG.error("the error page itself failed", e);
            ctx.contentType("text/plain; charset=utf-8").result(status + " " + message);
        }
    }

    private static Lang langOf(Context ctx) {
        try {
            return Session.of(ctx).lang();
        } catch (RuntimeException e) {
            return Lang.of(ctx.cookie(Session.LANG_COOKIE)).orElse(Lang.DEFAULT);
        }
    }

    static boolean wantsJson(Context ctx) {
        String accept = ctx.header("Accept");
        return ctx.path().endsWith(".json") || (accept != null && accept.contains("application/json"));
    }
}
