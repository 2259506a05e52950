package kz.qoltanba.signing.validation;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kz.qoltanba.signing.MalformedInputException;
import kz.qoltanba.signing.UnsupportedAlgorithmException;
import kz.qoltanba.signing.algorithm.DigestAlgorithms;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;

/** Parses the CMS, reads the content once, then verifies each signer. */
final class DefaultCmsVerifier implements CmsVerifier {
    private final RevocationChecker revocation;

    DefaultCmsVerifier(RevocationChecker revocation) {
        this.revocation = revocation;
    }

    @Override
    public ValidationReport verify(byte[] cms, Optional<InputStream> detachedContent, VerificationOptions options)
            throws MalformedInputException {
        CMSSignedData signed = CmsInput.parse(cms);
        SignerCertificates certificates = new SignerCertificates(signed, options);
        List<SignerInformation> signers = List.copyOf(signed.getSignerInfos().getSigners());
        Optional<InputStream> content = detachedContent.or(() -> encapsulated(signed));
        SignedContent signedContent;
        if (content.isPresent()) {
            Set<String> oids =
                    signers.stream().map(SignerInformation::getDigestAlgOID).collect(Collectors.toSet());
            signedContent = SignedContent.read(content.get(), oids, directSigners(signers, certificates));
        } else {
            signedContent = SignedContent.absent("the signature is detached and no content was given");
        }
        return verifySigners(signers, certificates, signedContent, options);
    }

    @Override
    public ValidationReport verifyDigest(byte[] cms, byte[] digest, String digestOid, VerificationOptions options)
            throws MalformedInputException {
        int expected;
        try {
            expected = DigestAlgorithms.length(digestOid);
        } catch (UnsupportedAlgorithmException e) {
            throw new MalformedInputException("unsupported digest algorithm " + digestOid, e);
        }
        if (digest == null || digest.length != expected) {
            throw new MalformedInputException("a " + DigestAlgorithms.name(digestOid) + " digest has " + expected
                    + " bytes, not " + (digest == null ? 0 : digest.length));
        }
        CMSSignedData signed = CmsInput.parse(cms);
        SignerCertificates certificates = new SignerCertificates(signed, options);
        List<SignerInformation> signers = List.copyOf(signed.getSignerInfos().getSigners());
        return verifySigners(signers, certificates, SignedContent.ofDigest(digestOid, digest), options);
    }

    private ValidationReport verifySigners(
            List<SignerInformation> signers,
            SignerCertificates certificates,
            SignedContent content,
            VerificationOptions options) {
        if (signers.isEmpty()) {
            return new ValidationReport(
                    Indication.TOTAL_FAILED, Optional.of(SubIndication.SIG_CRYPTO_FAILURE), List.of());
        }
        List<SignerReport> reports = new ArrayList<>();
        for (SignerInformation signer : signers) {
            reports.add(new SignerVerification(signer, certificates, content, options, revocation).run());
        }
        return ValidationReport.of(reports);
    }

    private static Optional<InputStream> encapsulated(CMSSignedData signed) {
        if (signed.getSignedContent() == null) {
            return Optional.empty();
        }
        Object content = signed.getSignedContent().getContent();
        return content instanceof byte[] bytes ? Optional.of(new ByteArrayInputStream(bytes)) : Optional.empty();
    }

    private static Map<SignerInformation, PublicKey> directSigners(
            List<SignerInformation> signers, SignerCertificates certificates) {
        Map<SignerInformation, PublicKey> direct = new IdentityHashMap<>();
        for (SignerInformation signer : signers) {
            if (signer.getSignedAttributes() == null) {
                certificates.publicKeyOf(signer).ifPresent(key -> direct.put(signer, key));
            }
        }
        return direct;
    }
}
