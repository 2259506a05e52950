package kz.qoltanba.portal.procurement.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import kz.qoltanba.signing.MalformedInputException;
import kz.qoltanba.signing.cert.KeyPurpose;
import kz.qoltanba.signing.validation.CmsVerifier;
import kz.qoltanba.signing.validation.ValidationReport;
import kz.qoltanba.signing.validation.VerificationOptions;

/** Verifies a detached CMS over a file on disk, read once in constant memory. */
@FunctionalInterface
public interface FileSignatureCheck {
    ValidationReport verify(byte[] cms, Path content) throws MalformedInputException, IOException;

    /**
     * signing-core's verifier with the portal's trust settings; the signer's key must be a signing key.
     *
     * @param options the portal's verification options, asked afresh for each file (their clock is "now")
     */
    static FileSignatureCheck with(CmsVerifier verifier, Supplier<VerificationOptions> options) {
        return (cms, content) -> {
            VerificationOptions base = options.get();
            VerificationOptions signing = new VerificationOptions(
                    base.trustAnchors(),
                    base.extraCertificates(),
                    base.crls(),
                    base.ocspResponses(),
                    base.revocationPolicy(),
                    Optional.of(KeyPurpose.SIGN),
                    base.clock(),
                    base.requireOcspNonce(),
                    base.maxRevocationAge(),
                    base.allowedClockSkew());
            try (InputStream in = Files.newInputStream(content)) {
                return verifier.verify(cms, Optional.of(in), signing);
            }
        };
    }
}
