package kz.qoltanba.signing.tsp;

import java.io.IOException;
import java.security.MessageDigest;
import java.util.Date;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.algorithm.DigestAlgorithms;
import kz.qoltanba.signing.algorithm.SignerVerifiers;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.ess.ESSCertID;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificate;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * The checks of a token against the TSA certificate it carries (RFC 3161 §2.3, RFC 5035). Done here rather
 * than by {@code TimeStampToken.validate}, which accepts only a JVM-wide list of imprint algorithms and
 * so refuses the Kazakh digest OIDs.
 */
final class TokenChecks {
    private static final String SHA1 = "1.3.14.3.2.26";

    private TokenChecks() {}

    static void check(TimeStampToken token, X509CertificateHolder tsa, String source) throws SigningException {
        Date genTime = token.getTimeStampInfo().getGenTime();
        if (!tsa.isValidOn(genTime)) {
            throw new InvalidTimestampException("the TSA certificate of " + source
                    + " is not valid at the time-stamp's time " + genTime.toInstant());
        }
        Extension eku = tsa.getExtension(Extension.extendedKeyUsage);
        if (eku == null
                || !eku.isCritical()
                || !ExtendedKeyUsage.getInstance(eku.getParsedValue())
                        .hasKeyPurposeId(KeyPurposeId.id_kp_timeStamping)) {
            throw new InvalidTimestampException("the TSA certificate of " + source
                    + " lacks the critical extended key usage timeStamping (RFC 3161)");
        }
        if (!certificateHashMatches(token, tsa)) {
            throw new InvalidTimestampException("the signing-certificate attribute of the time-stamp from " + source
                    + " names another certificate");
        }
        boolean valid;
        try {
            valid = token.isSignatureValid(SignerVerifiers.of(tsa));
        } catch (TSPException e) {
            valid = false;
        }
        if (!valid) {
            throw new InvalidTimestampException("the signature of the time-stamp from " + source + " does not verify");
        }
    }

    private static boolean certificateHashMatches(TimeStampToken token, X509CertificateHolder tsa)
            throws SigningException {
        byte[] encoded;
        try {
            encoded = tsa.getEncoded();
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode the TSA certificate", e);
        }
        Attribute v2 = token.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (v2 != null) {
            ESSCertIDv2 id = SigningCertificateV2.getInstance(v2.getAttrValues().getObjectAt(0))
                    .getCerts()[0];
            String hashOid = id.getHashAlgorithm().getAlgorithm().getId();
            return MessageDigest.isEqual(
                    id.getCertHash(), DigestAlgorithms.newDigest(hashOid).digest(encoded));
        }
        Attribute v1 = token.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificate);
        if (v1 != null) {
            ESSCertID id = SigningCertificate.getInstance(v1.getAttrValues().getObjectAt(0))
                    .getCerts()[0];
            return MessageDigest.isEqual(
                    id.getCertHash(), DigestAlgorithms.newDigest(SHA1).digest(encoded));
        }
        return false;
    }
}
