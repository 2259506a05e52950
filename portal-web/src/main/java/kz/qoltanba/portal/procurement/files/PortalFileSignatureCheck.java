package kz.qoltanba.portal.procurement.files;

import java.time.Clock;
import kz.qoltanba.portal.signing.SigningSettings;
import kz.qoltanba.signing.validation.CmsVerifier;
import kz.qoltanba.signing.validation.VerificationOptions;

/** The file check with the trust anchors, intermediates and revocation policy of the portal's signing settings. */
public final class PortalFileSignatureCheck {
    private PortalFileSignatureCheck() {}

    public static FileSignatureCheck of(SigningSettings settings, Clock clock, CmsVerifier verifier) {
        return FileSignatureCheck.with(verifier, () -> {
            VerificationOptions.Builder options = VerificationOptions.builder()
                    .revocationPolicy(settings.revocation())
                    .clock(clock);
            settings.trustAnchors().forEach(options::trustAnchor);
            settings.intermediates().forEach(options::extraCertificate);
            return options.build();
        });
    }
}
