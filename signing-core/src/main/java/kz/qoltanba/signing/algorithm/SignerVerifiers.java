package kz.qoltanba.signing.algorithm;

import java.security.PublicKey;
import java.util.Map;
import kz.qoltanba.signing.SigningException;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignatureAlgorithmNameGenerator;
import org.bouncycastle.cms.SignerInformationVerifier;
import org.bouncycastle.operator.ContentVerifier;
import org.bouncycastle.operator.ContentVerifierProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.SignatureAlgorithmIdentifierFinder;

/**
 * Bouncy Castle {@link SignerInformationVerifier}s for any supported key, so that {@code
 * SignerInformation.verify} and {@code TimeStampToken.validate} work with the Kazakh OIDs too (Bouncy
 * Castle's own algorithm name generator and finder do not know them).
 */
public final class SignerVerifiers {
    private static final String RSA_ENCRYPTION = "1.2.840.113549.1.1.1";
    private static final String SEPARATOR = "/";

    /** CMS signers may name rsaEncryption: the digest then decides the signature algorithm. */
    private static final Map<String, String> RSA_BY_DIGEST = Map.of(
            "1.3.14.3.2.26", "1.2.840.113549.1.1.5",
            "2.16.840.1.101.3.4.2.4", "1.2.840.113549.1.1.14",
            "2.16.840.1.101.3.4.2.1", "1.2.840.113549.1.1.11",
            "2.16.840.1.101.3.4.2.2", "1.2.840.113549.1.1.12",
            "2.16.840.1.101.3.4.2.3", "1.2.840.113549.1.1.13");

    private SignerVerifiers() {}

    /** A crypto-level verifier for signatures made by the holder of {@code key}. */
    public static SignerInformationVerifier of(PublicKey key) {
        return verifier(key, null);
    }

    /**
     * A verifier bound to a certificate (Bouncy Castle's timestamp validation requires one); Bouncy Castle
     * then also checks the certificate's validity at a signingTime attribute when there is one.
     */
    public static SignerInformationVerifier of(X509CertificateHolder certificate) throws SigningException {
        return verifier(Signatures.publicKey(certificate.getSubjectPublicKeyInfo()), certificate);
    }

    private static SignerInformationVerifier verifier(PublicKey key, X509CertificateHolder certificate) {
        CMSSignatureAlgorithmNameGenerator names =
                (digest, signature) -> digest.getAlgorithm().getId()
                        + SEPARATOR
                        + signature.getAlgorithm().getId();
        SignatureAlgorithmIdentifierFinder finder = SignerVerifiers::signatureAlgorithm;
        ContentVerifierProvider keyVerifiers = Operators.verifierProvider(key);
        ContentVerifierProvider provider = new ContentVerifierProvider() {
            @Override
            public boolean hasAssociatedCertificate() {
                return certificate != null;
            }

            @Override
            public X509CertificateHolder getAssociatedCertificate() {
                return certificate;
            }

            @Override
            public ContentVerifier get(AlgorithmIdentifier identifier) throws OperatorCreationException {
                return keyVerifiers.get(identifier);
            }
        };
        return new SignerInformationVerifier(names, finder, provider, Operators.digestCalculatorProvider());
    }

    /** Turns "digestOid/signatureOid" into the one OID {@link Signatures#forVerifying} needs. */
    private static AlgorithmIdentifier signatureAlgorithm(String name) {
        int at = name.indexOf(SEPARATOR);
        String digest = at < 0 ? "" : name.substring(0, at);
        String signature = name.substring(at + 1);
        String resolved = RSA_ENCRYPTION.equals(signature) ? RSA_BY_DIGEST.getOrDefault(digest, signature) : signature;
        return new AlgorithmIdentifier(new ASN1ObjectIdentifier(resolved));
    }
}
