package kz.qoltanba.portal.login;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import kz.qoltanba.portal.signing.IssuedRequest;
import kz.qoltanba.portal.signing.SigningPipeline;
import kz.qoltanba.portal.signing.VerifiedSignature;

/**
 * Certificate login by challenge and response: {@link #issue} gives the page an XML challenge (a random nonce,
 * the portal's origin, the area, the time) to sign with the AUTH key; {@link #verify} checks the answer through
 * the signing pipeline (XML path, AUTH purpose, the area's holder kind) and tells who signed. Which account that
 * is, the area decides. Challenges are single use and live {@link #LIFETIME}.
 */
public interface LoginChallenges {
    Duration LIFETIME = Duration.ofMinutes(5);

    IssuedRequest issue(Connection c, String sessionId, LoginArea area) throws SQLException;

    /**
     * @param signedXml the challenge with the signing app's enveloped signature
     * @return the stored login signature (its {@code signed_document} id) and who signed
     * @throws LoginRefusedException nothing was stored; the refusal names the reason
     */
    VerifiedSignature verify(Connection c, UUID challengeId, String sessionId, String signedXml, LoginArea area)
            throws SQLException, LoginRefusedException;

    static LoginChallenges create(SigningPipeline pipeline, Clock clock) {
        return new XmlLoginChallenges(pipeline, clock, new SecureRandom());
    }
}
