package kz.qoltanba.bridge.catalog;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.cms.CmsEncoding;
import kz.qoltanba.signing.validation.CmsVerifier;
import kz.qoltanba.signing.validation.Indication;
import kz.qoltanba.signing.validation.Outcome;
import kz.qoltanba.signing.validation.RevocationPolicy;
import kz.qoltanba.signing.validation.SignerReport;
import kz.qoltanba.signing.validation.ValidationReport;
import kz.qoltanba.signing.validation.VerificationOptions;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;

/**
 * Turns the signed bytes of {@code ncalayer.der} into a {@link Catalog}: the SignedData must carry its content
 * and verify under signing-core's {@link CmsVerifier} with the trusted publisher certificates as the only
 * anchors. Publisher certificates have no revocation service: an administrator withdraws one by deleting it.
 */
final class SignedCatalogReader {
    private final List<X509Certificate> publishers;
    private final CmsVerifier verifier;
    private final Clock clock;
    private final CatalogJson json = new CatalogJson();

    SignedCatalogReader(List<X509Certificate> publishers, CmsVerifier verifier, Clock clock) {
        this.publishers = List.copyOf(publishers);
        this.verifier = verifier;
        this.clock = clock;
    }

    Catalog read(byte[] unverifiedCatalog) throws UntrustedCatalogException, MalformedCatalogException {
        if (publishers.isEmpty()) {
            throw new UntrustedCatalogException("No publisher certificate is trusted, so no catalog can be accepted");
        }
        byte[] der;
        byte[] content;
        ValidationReport report;
        try {
            der = CmsEncoding.decode(unverifiedCatalog);
            CMSSignedData signedData = new CMSSignedData(der);
            if (signedData.getSignedContent() == null) {
                throw new UntrustedCatalogException("The catalog's SignedData does not carry the catalog (detached)");
            }
            content = (byte[]) signedData.getSignedContent().getContent();
            report = verifier.verify(der, Optional.empty(), options());
        } catch (SigningException | CMSException | RuntimeException e) {
            throw new UntrustedCatalogException("The catalog is not a CMS SignedData: " + e.getMessage(), e);
        }
        if (report.signers().isEmpty() || report.indication() != Indication.TOTAL_PASSED) {
            throw new UntrustedCatalogException("The catalog's signature is not accepted ("
                    + report.indication()
                    + report.subIndication().map(s -> "/" + s).orElse("") + "): "
                    + reasons(report));
        }
        return json.read(content);
    }

    private VerificationOptions options() {
        VerificationOptions.Builder options = VerificationOptions.builder()
                .revocationPolicy(RevocationPolicy.OFF)
                .clock(clock);
        publishers.forEach(options::trustAnchor);
        return options.build();
    }

    private static String reasons(ValidationReport report) {
        return report.signers().stream()
                .map(SignerReport::checks)
                .flatMap(List::stream)
                .filter(check -> check.outcome() == Outcome.FAILED)
                .map(check -> check.name() + ": " + check.reason())
                .findFirst()
                .orElse("no signer");
    }
}
