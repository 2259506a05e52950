package kz.qoltanba.portal.signing;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import kz.qoltanba.portal.PortalConfig;
import kz.qoltanba.portal.PortalServices;
import kz.qoltanba.portal.TrustAnchors;
import kz.qoltanba.portal.login.LoginChallenges;
import kz.qoltanba.signing.devpki.DevPki;
import kz.qoltanba.signing.validation.RevocationPolicy;

/** Wires signing into the portal: settings from the configuration, the pipeline and the login challenges. */
public final class PortalSigning {
    private PortalSigning() {}

    /**
     * The settings of a running portal: the configured trust anchors (with the dev PKI's roots in dev mode), the
     * dev PKI's issuing CAs as chain helpers, {@code PORTAL_ORIGIN} and the configured signature policy.
     */
    public static SigningSettings settings(PortalConfig config, TrustAnchors anchors, Optional<DevPki> devPki) {
        List<X509Certificate> intermediates = devPki.map(pki -> pki.algorithms().stream()
                        .map(a -> pki.intermediate(a).certificate())
                        .toList())
                .orElse(List.of());
        PortalConfig.SignaturePolicy policy = config.signatures();
        return SigningSettings.of(
                        anchors.certificates(), intermediates, config.origin().toString())
                .withRevocation(policy.hardRevocation() ? RevocationPolicy.HARD : RevocationPolicy.SOFT)
                .withLegalEntityAlgorithm(
                        policy.legalEntityGostOnly()
                                ? SigningSettings.AlgorithmRule.GOST
                                : SigningSettings.AlgorithmRule.ANY)
                .withTimestampRequired(policy.timestampRequired());
    }

    /** Registers the {@link SigningSettings}, the {@link SigningPipeline} and the {@link LoginChallenges}. */
    public static PortalServices.Builder register(
            PortalServices.Builder builder, SigningSettings settings, Clock clock) {
        SigningPipeline pipeline = SigningPipeline.create(settings, clock);
        return builder.with(SigningSettings.class, settings)
                .with(SigningPipeline.class, pipeline)
                .with(LoginChallenges.class, LoginChallenges.create(pipeline, clock));
    }
}
