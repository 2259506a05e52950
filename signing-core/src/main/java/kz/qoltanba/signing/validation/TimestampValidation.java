package kz.qoltanba.signing.validation;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.qoltanba.signing.MalformedInputException;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.algorithm.DigestAlgorithms;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * The signature-time-stamp of a signer, validated on its own: the imprint is the digest of this
 * signer's signature value, the token's signature verifies (content digest and signature kept apart),
 * the ESS certificate reference names the TSA certificate, that certificate is for time stamping and
 * chains to a trust anchor at the generation time. Only a valid token moves the judged time.
 */
record TimestampValidation(Finding finding, Optional<Instant> genTime) {
    private static final String TIME_STAMPING = "1.3.6.1.5.5.7.3.8";

    static TimestampValidation of(SignerInformation signer, SignerCertificates outer, VerificationOptions options) {
        if (signer.getUnsignedAttributes() == null) {
            return absent();
        }
        Attribute attribute = signer.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (attribute == null || attribute.getAttrValues().size() == 0) {
            return absent();
        }
        try {
            TimeStampToken token = new TimeStampToken(
                    ContentInfo.getInstance(attribute.getAttrValues().getObjectAt(0)));
            return validate(token, signer.getSignature(), outer, options);
        } catch (TSPException
                | IOException
                | MalformedInputException
                | IllegalArgumentException
                | IllegalStateException e) {
            return invalid("the timestamp token is malformed: " + e.getMessage());
        }
    }

    private static TimestampValidation validate(
            TimeStampToken token, byte[] signatureValue, SignerCertificates outer, VerificationOptions options)
            throws MalformedInputException {
        String imprintOid = token.getTimeStampInfo().getMessageImprintAlgOID().getId();
        byte[] expected;
        try {
            expected = DigestAlgorithms.newDigest(imprintOid).digest(signatureValue);
        } catch (SigningException e) {
            return invalid("unsupported imprint algorithm " + imprintOid);
        }
        if (!MessageDigest.isEqual(expected, token.getTimeStampInfo().getMessageImprintDigest())) {
            return invalid("the timestamp's imprint is not the digest of this signature value");
        }
        SignerCertificates tokenCertificates = new SignerCertificates(token.getCertificates(), options);
        List<X509Certificate> pool = new ArrayList<>(tokenCertificates.pool());
        pool.addAll(outer.pool());
        Optional<X509Certificate> tsa = tokenCertificates.find(token.getSID()).or(() -> outer.find(token.getSID()));
        if (tsa.isEmpty()) {
            return invalid("the TSA certificate is neither in the token nor among the given certificates");
        }
        Optional<PublicKey> key = SignerCertificates.publicKey(tsa.get());
        if (key.isEmpty()) {
            return invalid("the TSA certificate's public key cannot be read");
        }
        CMSSignedData tokenCms = token.toCMSSignedData();
        SignerInformation tokenSigner =
                tokenCms.getSignerInfos().getSigners().iterator().next();
        byte[] tstInfo = (byte[]) tokenCms.getSignedContent().getContent();
        SignedContent content = SignedContent.read(
                new java.io.ByteArrayInputStream(tstInfo), Set.of(tokenSigner.getDigestAlgOID()), Map.of());
        for (Finding f : SignerIntegrity.both(tokenSigner, key.get(), content)) {
            if (!f.isPassed()) {
                return invalid(
                        "the timestamp token's own signature: " + f.result().reason());
            }
        }
        Optional<String> essProblem = EssCertificateReference.problem(tokenSigner, tsa.get());
        if (essProblem.isPresent()) {
            return invalid(essProblem.get());
        }
        if (!isForTimeStamping(tsa.get())) {
            return invalid("the TSA certificate lacks the timeStamping extended key usage");
        }
        Instant genTime = token.getTimeStampInfo().getGenTime().toInstant();
        if (genTime.isAfter(options.clock().instant().plus(options.allowedClockSkew()))) {
            return invalid("the timestamp's time " + genTime + " is in the future");
        }
        if (!Validity.isValidAt(tsa.get(), genTime)) {
            return invalid("the TSA certificate was not valid at the timestamp's time " + genTime);
        }
        ChainBuilder chains = new ChainBuilder(options.trustAnchors(), pool);
        if (!chains.hasAnchors() || chains.build(tsa.get(), genTime).isEmpty()) {
            return invalid("the TSA certificate does not chain to a configured trust anchor");
        }
        return new TimestampValidation(
                Finding.passed(
                        CheckName.TIMESTAMP,
                        "time-stamped at " + genTime + " by " + SignerVerification.subject(tsa.get())),
                Optional.of(genTime));
    }

    private static boolean isForTimeStamping(X509Certificate certificate) {
        try {
            List<String> eku = certificate.getExtendedKeyUsage();
            return eku != null && eku.contains(TIME_STAMPING);
        } catch (CertificateParsingException e) {
            return false;
        }
    }

    private static TimestampValidation absent() {
        return new TimestampValidation(
                Finding.skipped(CheckName.TIMESTAMP, "the signature carries no timestamp"), Optional.empty());
    }

    private static TimestampValidation invalid(String reason) {
        return new TimestampValidation(
                Finding.failed(CheckName.TIMESTAMP, SubIndication.TIMESTAMP_INVALID, reason), Optional.empty());
    }
}
