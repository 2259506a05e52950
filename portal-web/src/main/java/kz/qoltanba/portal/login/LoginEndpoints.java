package kz.qoltanba.portal.login;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import kz.qoltanba.portal.PortalServices;
import kz.qoltanba.portal.i18n.Texts;
import kz.qoltanba.portal.signing.IssuedRequest;
import kz.qoltanba.portal.signing.SignRequestJson;
import kz.qoltanba.portal.signing.SigningPipeline;
import kz.qoltanba.portal.signing.VerifiedSignature;
import kz.qoltanba.portal.web.Session;

/**
 * The two JSON calls of a certificate login, for any area's routes: {@link #challenge} answers the page's
 * {@code data-qs-issue} POST, {@link #readAnswer} and {@link #verify} handle its {@code data-qs-complete} POST
 * ({@code {requestId, signed}}). Refusals become {@code {ok:false, message}} in the user's language via {@link
 * #refusal}.
 */
public final class LoginEndpoints {
    private static final ObjectMapper JSON = new ObjectMapper();

    private LoginEndpoints() {}

    /** Issues a challenge for this session and answers it as sign-request JSON. */
    public static void challenge(Context ctx, PortalServices services, LoginArea area) {
        LoginChallenges challenges = services.require(LoginChallenges.class);
        String sessionId = Session.of(ctx).id();
        IssuedRequest request = services.db().inTransaction(c -> challenges.issue(c, sessionId, area));
        SigningPipeline pipeline = services.require(SigningPipeline.class);
        ctx.json(SignRequestJson.of(request, XmlLoginChallenges.rule(area), pipeline.settings()));
    }

    /** The page's answer: the challenge id and the signed XML. */
    public record Answer(UUID requestId, String signed) {}

    /** Reads {@code {requestId, signed}}; a malformed body is refused as an unknown challenge. */
    public static Answer readAnswer(Context ctx) throws LoginRefusedException {
        try {
            JsonNode body = JSON.readTree(ctx.body());
            return new Answer(
                    UUID.fromString(body.path("requestId").asText()),
                    body.path("signed").asText(""));
        } catch (Exception e) {
            throw new LoginRefusedException(LoginRefusal.UNKNOWN_CHALLENGE, "unreadable answer: " + e.getMessage());
        }
    }

    /** Verifies the answer inside the caller's transaction; the login signature is stored with it. */
    public static VerifiedSignature verify(
            Connection c, PortalServices services, Context ctx, Answer answer, LoginArea area)
            throws SQLException, LoginRefusedException {
        return services.require(LoginChallenges.class)
                .verify(c, answer.requestId(), Session.of(ctx).id(), answer.signed(), area);
    }

    /** {@code {ok:false, message, code}} for a refusal, in the user's language ({@code code} when §6.3 names one). */
    public static Map<String, Object> refusal(
            Context ctx, PortalServices services, LoginRefusedException e, LoginArea area) {
        Texts texts = services.messages().texts(Session.of(ctx).lang());
        String areaKey = e.messageKey() + "." + area.code();
        Map<String, Object> json = failure(texts.t(texts.has(areaKey) ? areaKey : e.messageKey()));
        e.refusal().code().ifPresent(code -> json.put("code", code));
        return json;
    }

    public static Map<String, Object> failure(String message) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("ok", false);
        json.put("message", message);
        return json;
    }

    public static Map<String, Object> success(String redirect) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("ok", true);
        json.put("redirect", redirect);
        return json;
    }
}
