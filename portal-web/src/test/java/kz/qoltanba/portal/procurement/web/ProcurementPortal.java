package kz.qoltanba.portal.procurement.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.qoltanba.portal.PortalApp;
import kz.qoltanba.portal.PortalConfig;
import kz.qoltanba.portal.PortalServices;
import kz.qoltanba.portal.db.PortalDatabase;
import kz.qoltanba.portal.mail.MailMessage;
import kz.qoltanba.portal.procurement.account.PasswordHasher;
import kz.qoltanba.portal.signing.IssuedRequest;
import kz.qoltanba.portal.signing.PortalSigning;
import kz.qoltanba.portal.signing.SigningSettings;
import kz.qoltanba.portal.testutil.MutableClock;
import kz.qoltanba.portal.testutil.TestPki;
import kz.qoltanba.portal.testutil.TestSignatures;
import kz.qoltanba.portal.web.TestPortal;
import kz.qoltanba.portal.web.WebClient;
import kz.qoltanba.signing.token.KeyEntry;

/** The whole portal on a random port with the signing pipeline over the tests' PKI, and the steps a page takes. */
final class ProcurementPortal implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    final PortalServices services;
    private final Javalin app;
    /** The body of the last complete POST {@link #sign} sent ({@code {requestId, signed}}), to post it again. */
    String lastCompletion;

    ProcurementPortal(PortalDatabase db, Path dir, MutableClock clock) {
        PortalConfig config = TestPortal.devConfig(dir, Map.of());
        SigningSettings settings = TestPki.get().settings(config.origin().toString());
        PortalServices.Builder builder = PortalServices.builder(db, config)
                .clock(clock)
                .with(PasswordHasher.class, PasswordHasher.pbkdf2(1_000));
        PortalSigning.register(builder, settings, clock);
        services = builder.build();
        app = PortalApp.create(services, PortalApp.features()).start("127.0.0.1", 0);
    }

    String url(String path) {
        return "http://127.0.0.1:" + app.port() + path;
    }

    /** The page's signing flow: POST issue, sign as the bridge would, POST complete; returns the JSON answer. */
    JsonNode sign(WebClient web, String csrf, String issuePath, String completePath, KeyEntry key) throws Exception {
        return sign(web, csrf, issuePath, completePath, key, signed -> signed);
    }

    /** As {@link #sign}, with {@code change} applied to the signed data before it is posted. */
    JsonNode sign(
            WebClient web,
            String csrf,
            String issuePath,
            String completePath,
            KeyEntry key,
            java.util.function.UnaryOperator<String> change)
            throws Exception {
        HttpResponse<String> issued = web.postJson(url(issuePath), "{}", csrf);
        if (issued.statusCode() != 200) {
            throw new AssertionError("issue " + issuePath + ": " + issued.statusCode() + " " + issued.body());
        }
        JsonNode request = JSON.readTree(issued.body());
        IssuedRequest parsed = new IssuedRequest(
                UUID.fromString(request.get("id").asText()),
                request.get("format").asText(),
                request.get("data").asText(),
                Instant.parse(request.get("expiresAt").asText()));
        String signed = change.apply(TestSignatures.sign(parsed, key));
        String body = JSON.writeValueAsString(Map.of("requestId", parsed.id().toString(), "signed", signed));
        lastCompletion = body;
        HttpResponse<String> completed = web.postJson(url(completePath), body, csrf);
        return JSON.readTree(completed.body());
    }

    List<MailMessage> mails(String to) {
        return services.db().inTransaction(c -> services.mailer().mailbox(c, to));
    }

    /** The path and query of the newest mail's link to {@code path}. */
    String lastLink(String to, String path) {
        MailMessage newest = mails(to).get(0);
        Matcher m = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(path) + "\\?token=[A-Za-z0-9_-]+)")
                .matcher(newest.body());
        if (!m.find()) {
            throw new AssertionError("no link to " + path + " in the newest mail to " + to + ": " + newest.body());
        }
        return m.group(1);
    }

    @Override
    public void close() {
        app.stop();
    }
}
