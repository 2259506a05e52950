package kz.qoltanba.portal.testutil;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Map;
import kz.qoltanba.portal.e2e.PortalUnderTest;
import kz.qoltanba.portal.web.WebClient;

/** Logs a {@link WebClient} in through {@code /login/{area}}, signing the challenge directly with a test key. */
public final class HttpLogin {
    private static final ObjectMapper JSON = new ObjectMapper();

    private HttpLogin() {}

    /** @return the server's answer {@code {ok, redirect|message}} */
    public static JsonNode login(PortalUnderTest portal, WebClient client, String area, TestKey key) throws Exception {
        HttpResponse<String> page = client.get(portal.url("/login/" + area));
        String csrf = WebClient.csrfOf(page);
        JsonNode challenge = JSON.readTree(client.postJson(portal.url("/login/" + area + "/challenge"), "{}", csrf)
                .body());
        String signed = TestSignatures.signXml(
                challenge.path("data").asText(), TestPki.get().key(key));
        String body =
                JSON.writeValueAsString(Map.of("requestId", challenge.path("id").asText(), "signed", signed));
        return JSON.readTree(client.postJson(portal.url("/login/" + area + "/complete"), body, csrf)
                .body());
    }

    /**
     * A supplier logged in with {@code key} who accepted the public offer and saved a profile (non-stationary
     * service, self-pickup, contacts and the given actual address).
     */
    public static WebClient onboardedSupplier(PortalUnderTest portal, TestKey key, String actualAddress)
            throws Exception {
        WebClient client = new WebClient();
        login(portal, client, "supplier", key);
        String csrf = WebClient.csrfOf(client.get(portal.url("/social/supplier/welcome")));
        client.postForm(portal.url("/social/supplier/offer"), Map.of("accept", "on"), csrf);
        client.postForm(
                portal.url("/social/supplier/profile"),
                Map.of(
                        "serviceForm", "NON_STATIONARY",
                        "orderType", "PICKUP",
                        "phone", "+7 701 123 4567",
                        "email", "info@example.kz",
                        "actualAddress", actualAddress),
                csrf);
        return client;
    }
}
