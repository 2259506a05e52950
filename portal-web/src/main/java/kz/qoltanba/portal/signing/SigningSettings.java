package kz.qoltanba.portal.signing;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import kz.qoltanba.signing.validation.RevocationPolicy;

/**
 * What the pipeline trusts and how strict it is.
 *
 * @param trustAnchors the roots (НУЦ/КУЦ, or the development PKI's) a signer's chain must end at
 * @param intermediates issuing CA certificates that help build chains when a signature carries only its leaf
 * @param requestTtl how long a sign request stays usable
 * @param revocation HARD in production; SOFT accepts a signer whose status no source could tell
 * @param legalEntityAlgorithm GOST: a legal entity's document signature must use a GOST key; ANY: any family
 * @param timestampRequired whether a CMS signature must carry a valid signature time-stamp
 * @param origin the portal's public origin ({@code https://host[:port]}), written into what is signed
 */
public record SigningSettings(
        List<X509Certificate> trustAnchors,
        List<X509Certificate> intermediates,
        Duration requestTtl,
        RevocationPolicy revocation,
        AlgorithmRule legalEntityAlgorithm,
        boolean timestampRequired,
        String origin) {

    /** The algorithm family a legal entity's document signature must use. */
    public enum AlgorithmRule {
        GOST,
        ANY
    }

    public SigningSettings {
        trustAnchors = List.copyOf(trustAnchors);
        intermediates = List.copyOf(intermediates);
        if (trustAnchors.isEmpty()) {
            throw new IllegalArgumentException("trustAnchors: at least one trust anchor is needed");
        }
        Objects.requireNonNull(requestTtl, "requestTtl");
        if (requestTtl.isNegative() || requestTtl.isZero()) {
            throw new IllegalArgumentException("requestTtl: must be positive, got " + requestTtl);
        }
        Objects.requireNonNull(revocation, "revocation");
        Objects.requireNonNull(legalEntityAlgorithm, "legalEntityAlgorithm");
        origin = normaliseOrigin(origin);
    }

    /** Sign requests live 10 minutes, revocation HARD, any algorithm family, no time-stamp required. */
    public static SigningSettings of(
            List<X509Certificate> trustAnchors, List<X509Certificate> intermediates, String origin) {
        return new SigningSettings(
                trustAnchors,
                intermediates,
                Duration.ofMinutes(10),
                RevocationPolicy.HARD,
                AlgorithmRule.ANY,
                false,
                origin);
    }

    public SigningSettings withRequestTtl(Duration ttl) {
        return new SigningSettings(
                trustAnchors, intermediates, ttl, revocation, legalEntityAlgorithm, timestampRequired, origin);
    }

    public SigningSettings withRevocation(RevocationPolicy policy) {
        return new SigningSettings(
                trustAnchors, intermediates, requestTtl, policy, legalEntityAlgorithm, timestampRequired, origin);
    }

    public SigningSettings withLegalEntityAlgorithm(AlgorithmRule rule) {
        return new SigningSettings(
                trustAnchors, intermediates, requestTtl, revocation, rule, timestampRequired, origin);
    }

    public SigningSettings withTimestampRequired(boolean required) {
        return new SigningSettings(
                trustAnchors, intermediates, requestTtl, revocation, legalEntityAlgorithm, required, origin);
    }

    static String normaliseOrigin(String origin) {
        if (origin == null || origin.isBlank()) {
            throw new IllegalArgumentException("origin: the portal's public origin is required");
        }
        URI uri;
        try {
            uri = URI.create(origin.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("origin: not a URL: '" + origin + "'", e);
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalArgumentException("origin: expected http(s)://host[:port], got '" + origin + "'");
        }
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
    }
}
