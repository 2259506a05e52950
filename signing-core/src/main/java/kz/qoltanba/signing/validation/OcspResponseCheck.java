package kz.qoltanba.signing.validation;

import java.io.IOException;
import java.security.PublicKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import kz.qoltanba.signing.algorithm.Operators;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;

/**
 * Checks one OCSP response about one certificate: it is successful, covers the certificate, is signed
 * by the CA itself or by a responder the CA issued with id-kp-OCSPSigning, is fresh, and echoes our
 * nonce when we sent one (unless the options say nonces are not required).
 */
final class OcspResponseCheck {
    private static final String OCSP_SIGNING = "1.3.6.1.5.5.7.3.9";

    private OcspResponseCheck() {}

    /**
     * @param sentNonce the nonce extension value we sent, or null for a response the caller supplied
     */
    static RevocationAnswer evaluate(
            byte[] der, X509Certificate leaf, X509Certificate issuer, byte[] sentNonce, VerificationOptions options) {
        try {
            OCSPResp response = new OCSPResp(der);
            if (response.getStatus() != OCSPResp.SUCCESSFUL) {
                return RevocationAnswer.invalid("OCSP responder answered status " + response.getStatus());
            }
            if (!(response.getResponseObject() instanceof BasicOCSPResp basic)) {
                return RevocationAnswer.invalid("OCSP response is not a basic response");
            }
            Optional<SingleResp> single = covering(basic, leaf, issuer);
            if (single.isEmpty()) {
                return RevocationAnswer.invalid("OCSP response does not cover the certificate");
            }
            Optional<String> signerProblem =
                    signerProblem(basic, issuer, options.clock().instant());
            if (signerProblem.isPresent()) {
                return RevocationAnswer.invalid(signerProblem.get());
            }
            if (sentNonce != null) {
                Extension nonce = basic.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
                if (nonce == null && options.requireOcspNonce()) {
                    return RevocationAnswer.invalid("OCSP response does not echo our nonce (possible replay)");
                }
                if (nonce != null && !Arrays.equals(nonce.getExtnValue().getOctets(), sentNonce)) {
                    return RevocationAnswer.invalid("OCSP response carries another nonce than ours");
                }
            }
            return status(single.get(), options);
        } catch (IOException | OCSPException | RuntimeException e) {
            return RevocationAnswer.invalid("malformed OCSP response: " + e.getMessage());
        }
    }

    private static Optional<SingleResp> covering(BasicOCSPResp basic, X509Certificate leaf, X509Certificate issuer)
            throws IOException, OCSPException {
        X509CertificateHolder issuerHolder = holder(issuer);
        for (SingleResp single : basic.getResponses()) {
            if (single.getCertID().getSerialNumber().equals(leaf.getSerialNumber())
                    && single.getCertID().matchesIssuer(issuerHolder, Operators.digestCalculatorProvider())) {
                return Optional.of(single);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> signerProblem(BasicOCSPResp basic, X509Certificate issuer, Instant now)
            throws OCSPException {
        List<X509Certificate> candidates = new ArrayList<>();
        candidates.add(issuer);
        candidates.addAll(SignerCertificates.toCertificates(
                new org.bouncycastle.util.CollectionStore<>(Arrays.asList(basic.getCerts()))));
        String problem = "OCSP response signature does not verify under the CA or a responder it names";
        for (X509Certificate candidate : candidates) {
            Optional<PublicKey> key = SignerCertificates.publicKey(candidate);
            if (key.isEmpty() || !basic.isSignatureValid(Operators.verifierProvider(key.get()))) {
                continue;
            }
            if (candidate.equals(issuer)) {
                return Optional.empty();
            }
            if (!ChainBuilder.issues(issuer, candidate)) {
                problem = "OCSP responder " + SignerVerification.subject(candidate) + " was not issued by the CA";
            } else if (!hasOcspSigning(candidate)) {
                problem = "OCSP responder " + SignerVerification.subject(candidate) + " lacks id-kp-OCSPSigning";
            } else if (!Validity.isValidAt(candidate, now)) {
                problem = "OCSP responder certificate " + SignerVerification.subject(candidate) + " is not valid now";
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(problem);
    }

    private static RevocationAnswer status(SingleResp single, VerificationOptions options) {
        Instant now = options.clock().instant();
        Instant thisUpdate = single.getThisUpdate().toInstant();
        Optional<Instant> nextUpdate =
                Optional.ofNullable(single.getNextUpdate()).map(java.util.Date::toInstant);
        if (thisUpdate.isAfter(now.plus(options.allowedClockSkew()))) {
            return RevocationAnswer.invalid("OCSP response thisUpdate " + thisUpdate + " is in the future");
        }
        if (nextUpdate.isPresent() && nextUpdate.get().isBefore(now.minus(options.allowedClockSkew()))) {
            return RevocationAnswer.invalid("stale OCSP response: nextUpdate " + nextUpdate.get() + " has passed");
        }
        if (nextUpdate.isEmpty() && thisUpdate.isBefore(now.minus(options.maxRevocationAge()))) {
            return RevocationAnswer.invalid(
                    "stale OCSP response: thisUpdate " + thisUpdate + " is older than " + options.maxRevocationAge());
        }
        CertificateStatus status = single.getCertStatus();
        if (status == CertificateStatus.GOOD) {
            return RevocationAnswer.good(nextUpdate, "OCSP: good at " + thisUpdate);
        }
        if (status instanceof RevokedStatus revoked) {
            return RevocationAnswer.revoked(revoked.getRevocationTime().toInstant(), nextUpdate, "OCSP: revoked");
        }
        return RevocationAnswer.invalid("OCSP responder does not know the certificate (status unknown)");
    }

    private static boolean hasOcspSigning(X509Certificate certificate) {
        try {
            List<String> eku = certificate.getExtendedKeyUsage();
            return eku != null && eku.contains(OCSP_SIGNING);
        } catch (CertificateParsingException e) {
            return false;
        }
    }

    static X509CertificateHolder holder(X509Certificate certificate) throws IOException {
        try {
            return new X509CertificateHolder(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IOException("cannot encode " + SignerVerification.subject(certificate), e);
        }
    }
}
