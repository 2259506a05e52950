package kz.qoltanba.signing.algorithm;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Map;
import kz.qoltanba.signing.MalformedInputException;
import kz.qoltanba.signing.SignatureCreationException;
import kz.qoltanba.signing.UnsupportedAlgorithmException;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * Entry point for signature primitives: a ready {@link Signature} for signing with any supported key, or
 * for verifying under any supported signature algorithm identifier. Callers stream data through the
 * standard {@code update}/{@code sign}/{@code verify} calls whatever the family.
 */
public final class Signatures {
    private static final String RSA_ENCRYPTION = "1.2.840.113549.1.1.1";

    /** RSA signature algorithm OIDs and the JDK's names for them. */
    private static final Map<String, String> RSA_SIGNATURES = Map.of(
            "1.2.840.113549.1.1.5", "SHA1withRSA",
            "1.2.840.113549.1.1.14", "SHA224withRSA",
            "1.2.840.113549.1.1.11", "SHA256withRSA",
            "1.2.840.113549.1.1.12", "SHA384withRSA",
            "1.2.840.113549.1.1.13", "SHA512withRSA");

    /** For CMS SignerInfos that name rsaEncryption: the digest OID decides the JDK algorithm. */
    private static final Map<String, String> RSA_BY_DIGEST = Map.of(
            "1.3.14.3.2.26", "SHA1withRSA",
            "2.16.840.1.101.3.4.2.4", "SHA224withRSA",
            "2.16.840.1.101.3.4.2.1", "SHA256withRSA",
            "2.16.840.1.101.3.4.2.2", "SHA384withRSA",
            "2.16.840.1.101.3.4.2.3", "SHA512withRSA");

    private Signatures() {}

    /** The key family of a public key (a JDK RSA key, or a GOST key in any encoding). */
    public static KeyAlgorithm algorithmOf(PublicKey key) throws UnsupportedAlgorithmException {
        if (key instanceof GostPublicKey gost) {
            return gost.keyAlgorithm();
        }
        if (key instanceof RSAKey) {
            return KeyAlgorithm.RSA;
        }
        return algorithmOf(SubjectPublicKeyInfo.getInstance(key.getEncoded()));
    }

    public static KeyAlgorithm algorithmOf(SubjectPublicKeyInfo info) throws UnsupportedAlgorithmException {
        String oid = info.getAlgorithm().getAlgorithm().getId();
        return KeyAlgorithm.byKeyOid(oid)
                .orElseThrow(() -> new UnsupportedAlgorithmException("unsupported public key algorithm " + oid));
    }

    /** The family of a private key from a key file or a token. */
    public static KeyAlgorithm algorithmOf(PrivateKey key) throws UnsupportedAlgorithmException {
        if (key instanceof GostPrivateKey gost) {
            return gost.keyAlgorithm();
        }
        if (key instanceof RSAKey || "RSA".equalsIgnoreCase(key.getAlgorithm())) {
            return KeyAlgorithm.RSA;
        }
        throw new UnsupportedAlgorithmException("unsupported private key algorithm " + key.getAlgorithm());
    }

    public static KeyAlgorithm algorithmOf(X509Certificate certificate) throws UnsupportedAlgorithmException {
        return algorithmOf(
                SubjectPublicKeyInfo.getInstance(certificate.getPublicKey().getEncoded()));
    }

    /**
     * The usable public key of a certificate: the JDK cannot read Kazakh GOST keys (it returns an opaque
     * key), so those become {@link GostPublicKey}.
     */
    public static PublicKey publicKey(X509Certificate certificate)
            throws UnsupportedAlgorithmException, MalformedInputException {
        return publicKey(
                SubjectPublicKeyInfo.getInstance(certificate.getPublicKey().getEncoded()));
    }

    public static PublicKey publicKey(SubjectPublicKeyInfo info)
            throws UnsupportedAlgorithmException, MalformedInputException {
        KeyAlgorithm algorithm = algorithmOf(info);
        if (algorithm.isGost()) {
            return GostPublicKey.fromSubjectPublicKeyInfo(info);
        }
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(info.getEncoded()));
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new MalformedInputException("malformed RSA public key: " + e.getMessage(), e);
        }
    }

    /** A signature initialised for signing with the family's default algorithm. */
    public static Signature forSigning(PrivateKey key, Provider tokenProvider)
            throws UnsupportedAlgorithmException, SignatureCreationException {
        KeyAlgorithm algorithm = algorithmOf(key);
        try {
            Signature signature;
            if (algorithm.isGost()) {
                signature = new GostSignature(algorithm, new SecureRandom());
            } else if (tokenProvider != null) {
                signature = Signature.getInstance("SHA256withRSA", tokenProvider);
            } else {
                signature = Signature.getInstance("SHA256withRSA");
            }
            signature.initSign(key);
            return signature;
        } catch (GeneralSecurityException e) {
            throw new SignatureCreationException(
                    "cannot initialise a " + algorithm + " signature: " + e.getMessage(), e);
        }
    }

    public static Signature forSigning(PrivateKey key)
            throws UnsupportedAlgorithmException, SignatureCreationException {
        return forSigning(key, null);
    }

    /**
     * The AlgorithmIdentifier written into certificates, CMS and TSP for a signature made by this key.
     * RSA and the Kazakh families carry NULL parameters (as NCA and Kalkan write them); the TC26 families
     * carry none (RFC 9215).
     */
    public static AlgorithmIdentifier signatureAlgorithmIdentifier(KeyAlgorithm algorithm) {
        boolean tc26 = algorithm == KeyAlgorithm.GOST2012_256 || algorithm == KeyAlgorithm.GOST2012_512;
        return new AlgorithmIdentifier(
                new org.bouncycastle.asn1.ASN1ObjectIdentifier(algorithm.signatureOid()),
                tc26 ? null : org.bouncycastle.asn1.DERNull.INSTANCE);
    }

    /**
     * A signature initialised for verifying. {@code signatureOid} is the signature (or, in CMS, the
     * signer's "encryption") algorithm; {@code digestOid} is needed only when that names rsaEncryption.
     */
    public static Signature forVerifying(PublicKey key, String signatureOid, String digestOid)
            throws UnsupportedAlgorithmException {
        KeyAlgorithm keyAlgorithm = algorithmOf(key);
        try {
            Signature signature;
            if (keyAlgorithm.isGost()) {
                KeyAlgorithm signed = KeyAlgorithm.byGostSignatureOid(signatureOid)
                        .or(() -> KeyAlgorithm.byKeyOid(signatureOid))
                        .orElseThrow(() -> new UnsupportedAlgorithmException(
                                "signature algorithm " + signatureOid + " does not fit a " + keyAlgorithm + " key"));
                signature = new GostSignature(signed, new SecureRandom());
            } else {
                String name = RSA_ENCRYPTION.equals(signatureOid)
                        ? RSA_BY_DIGEST.get(digestOid)
                        : RSA_SIGNATURES.get(signatureOid);
                if (name == null) {
                    throw new UnsupportedAlgorithmException("unsupported RSA signature algorithm " + signatureOid
                            + (digestOid == null ? "" : " with digest " + digestOid));
                }
                signature = Signature.getInstance(name);
            }
            signature.initVerify(key);
            return signature;
        } catch (InvalidKeyException e) {
            throw new UnsupportedAlgorithmException(
                    "signature algorithm " + signatureOid + " does not fit the key: " + e.getMessage(), e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new UnsupportedAlgorithmException("the JDK lacks " + signatureOid, e);
        }
    }

    /** Checks one signature value in one call. */
    public static boolean verify(PublicKey key, String signatureOid, String digestOid, byte[] data, byte[] value)
            throws UnsupportedAlgorithmException {
        Signature signature = forVerifying(key, signatureOid, digestOid);
        try {
            signature.update(data);
            return signature.verify(value);
        } catch (java.security.SignatureException e) {
            return false;
        }
    }

    /** Whether {@code certificate} was signed by the holder of {@code issuerKey}; works for KZ GOST too. */
    public static boolean isCertificateSignedBy(X509Certificate certificate, PublicKey issuerKey)
            throws UnsupportedAlgorithmException {
        try {
            return verify(
                    issuerKey,
                    certificate.getSigAlgOID(),
                    null,
                    certificate.getTBSCertificate(),
                    certificate.getSignature());
        } catch (java.security.cert.CertificateEncodingException e) {
            return false;
        }
    }
}
