package kz.qoltanba.portal.login;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kz.qoltanba.portal.signing.IssuedRequest;
import kz.qoltanba.portal.signing.SignContent;
import kz.qoltanba.portal.signing.SignatureRejectedException;
import kz.qoltanba.portal.signing.SignatureRejectedException.RequestProblem;
import kz.qoltanba.portal.signing.SignedAction;
import kz.qoltanba.portal.signing.SignerRule;
import kz.qoltanba.portal.signing.SigningPipeline;
import kz.qoltanba.portal.signing.VerifiedSignature;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.cert.KeyPurpose;
import kz.qoltanba.signing.xml.SafeXml;
import org.w3c.dom.NodeList;

/** The {@code <portalLogin>} challenge of the specification (§6.2), through the signing pipeline. */
final class XmlLoginChallenges implements LoginChallenges {
    static final String NAMESPACE = "urn:portal-web:auth:1";
    static final String ACTION = "LOGIN";

    private static final Map<RequestProblem, LoginRefusal> REQUEST_PROBLEMS = Map.of(
            RequestProblem.USED, LoginRefusal.REPLAYED,
            RequestProblem.EXPIRED, LoginRefusal.EXPIRED,
            RequestProblem.OTHER_SESSION, LoginRefusal.UNKNOWN_CHALLENGE,
            RequestProblem.UNKNOWN, LoginRefusal.UNKNOWN_CHALLENGE);
    private static final Map<String, LoginRefusal> CERTIFICATE_PROBLEMS = Map.of(
            "CERT_WRONG_KEY_TYPE", LoginRefusal.WRONG_KEY_TYPE,
            "CERT_NOT_LEGAL_ENTITY", LoginRefusal.NOT_LEGAL_ENTITY,
            "CERT_NOT_INDIVIDUAL", LoginRefusal.NOT_INDIVIDUAL);

    private final SigningPipeline pipeline;
    private final Clock clock;
    private final SecureRandom random;

    XmlLoginChallenges(SigningPipeline pipeline, Clock clock, SecureRandom random) {
        this.pipeline = pipeline;
        this.clock = clock;
        this.random = random;
    }

    @Override
    public IssuedRequest issue(Connection c, String sessionId, LoginArea area) throws SQLException {
        byte[] nonce = new byte[32];
        random.nextBytes(nonce);
        String xml = "<portalLogin xmlns=\"" + NAMESPACE + "\">"
                + "<nonce>" + Base64.getUrlEncoder().withoutPadding().encodeToString(nonce) + "</nonce>"
                + "<origin>" + escape(pipeline.settings().origin()) + "</origin>"
                + "<area>" + area.challengeArea() + "</area>"
                + "<issuedAt>" + clock.instant() + "</issuedAt>"
                + "</portalLogin>";
        return pipeline.issue(c, sessionId, action(area), SignContent.xml(xml), LIFETIME);
    }

    /** What a login signs for: the AUTH key of the area's holder kind; no object version. */
    static SignedAction action(LoginArea area) {
        return new SignedAction(ACTION, "login", area.code(), 0, rule(area));
    }

    static SignerRule rule(LoginArea area) {
        return new SignerRule(KeyPurpose.AUTH, area.subject(), null, null);
    }

    @Override
    public VerifiedSignature verify(Connection c, UUID challengeId, String sessionId, String signedXml, LoginArea area)
            throws SQLException, LoginRefusedException {
        try {
            pipeline.requireUsable(c, challengeId, sessionId);
        } catch (SignatureRejectedException e) {
            throw refusal(e);
        }
        Optional<String> origin = signedOrigin(signedXml);
        if (origin.isPresent() && !origin.get().equals(pipeline.settings().origin())) {
            throw new LoginRefusedException(
                    LoginRefusal.OTHER_ORIGIN,
                    "the challenge was signed for " + origin.get() + ", this portal is "
                            + pipeline.settings().origin());
        }
        try {
            return pipeline.complete(c, challengeId, sessionId, signedXml, 0);
        } catch (SignatureRejectedException e) {
            throw refusal(e);
        }
    }

    private static LoginRefusedException refusal(SignatureRejectedException e) {
        Optional<LoginRefusal> refusal = e.requestProblem()
                .map(REQUEST_PROBLEMS::get)
                .or(() -> Optional.ofNullable(CERTIFICATE_PROBLEMS.get(e.code())));
        return refusal.map(r -> new LoginRefusedException(r, e.getMessage()))
                .orElseGet(() ->
                        new LoginRefusedException(LoginRefusal.SIGNATURE_REFUSED, e.messageKey(), e.getMessage()));
    }

    /** The {@code <origin>} of a signed challenge, if it can be read (otherwise the pipeline refuses it). */
    private static Optional<String> signedOrigin(String signedXml) {
        if (signedXml == null || signedXml.isBlank()) {
            return Optional.empty();
        }
        try {
            NodeList origins = SafeXml.parse(signedXml.getBytes(StandardCharsets.UTF_8))
                    .getElementsByTagNameNS(NAMESPACE, "origin");
            return origins.getLength() == 1
                    ? Optional.of(origins.item(0).getTextContent().strip())
                    : Optional.empty();
        } catch (SigningException e) {
            return Optional.empty();
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
