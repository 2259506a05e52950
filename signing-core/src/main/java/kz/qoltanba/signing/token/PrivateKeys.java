package kz.qoltanba.signing.token;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import kz.qoltanba.signing.CorruptKeyStoreException;
import kz.qoltanba.signing.MalformedInputException;
import kz.qoltanba.signing.UnsupportedAlgorithmException;
import kz.qoltanba.signing.algorithm.GostPrivateKey;
import kz.qoltanba.signing.algorithm.GostPublicKey;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.algorithm.Signatures;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;

/**
 * Turns a decrypted PKCS#8 structure into a usable private key. GOST keys take their curve from the
 * certificate they belong to; NCA stores the 2015 scalar as a little-endian OCTET STRING and the 2004
 * scalar as an INTEGER (both are accepted for every GOST family).
 */
final class PrivateKeys {
    private PrivateKeys() {}

    /** The family a PKCS#8 structure declares. */
    static KeyAlgorithm algorithmOf(PrivateKeyInfo info) throws UnsupportedAlgorithmException {
        String oid = info.getPrivateKeyAlgorithm().getAlgorithm().getId();
        return KeyAlgorithm.byKeyOid(oid)
                .orElseThrow(() -> new UnsupportedAlgorithmException("unsupported private key algorithm " + oid));
    }

    /** Decodes the key and checks that it is the private half of {@code certificate}'s public key. */
    static PrivateKey decode(PrivateKeyInfo info, X509Certificate certificate, String storeName)
            throws UnsupportedAlgorithmException, CorruptKeyStoreException {
        KeyAlgorithm algorithm = algorithmOf(info);
        KeyAlgorithm certificateAlgorithm = Signatures.algorithmOf(certificate);
        if (algorithm != certificateAlgorithm) {
            throw new CorruptKeyStoreException(storeName + ": a " + algorithm + " private key is paired with a "
                    + certificateAlgorithm + " certificate");
        }
        try {
            PublicKey publicKey = Signatures.publicKey(certificate);
            PrivateKey key = algorithm.isGost()
                    ? gost(algorithm, info, (GostPublicKey) publicKey)
                    : rsa(info, (RSAPublicKey) publicKey);
            if (key == null) {
                throw new CorruptKeyStoreException(
                        storeName + ": the private key does not match the certificate's public key");
            }
            return key;
        } catch (MalformedInputException | IOException | GeneralSecurityException | RuntimeException e) {
            throw new CorruptKeyStoreException(storeName + ": unreadable " + algorithm + " private key", e);
        }
    }

    /** Whether the key held in {@code info} is the private half of the certificate's key. */
    static boolean matches(PrivateKeyInfo info, X509Certificate certificate) {
        try {
            decode(info, certificate, "");
            return true;
        } catch (UnsupportedAlgorithmException | CorruptKeyStoreException e) {
            return false;
        }
    }

    private static PrivateKey gost(KeyAlgorithm algorithm, PrivateKeyInfo info, GostPublicKey publicKey)
            throws IOException {
        ECDomainParameters domain = publicKey.parameters().getParameters();
        BigInteger d = scalar(info.parsePrivateKey());
        if (d.signum() <= 0 || d.compareTo(domain.getN()) >= 0) {
            throw new IOException("GOST private scalar out of range");
        }
        GostPrivateKey key = new GostPrivateKey(algorithm, new ECPrivateKeyParameters(d, domain));
        boolean same = key.publicKey()
                .parameters()
                .getQ()
                .equals(publicKey.parameters().getQ());
        return same ? key : null;
    }

    private static BigInteger scalar(ASN1Encodable value) throws IOException {
        ASN1Primitive primitive = value.toASN1Primitive();
        if (primitive instanceof ASN1Integer integer) {
            return integer.getPositiveValue();
        }
        byte[] littleEndian = ASN1OctetString.getInstance(primitive).getOctets();
        byte[] bigEndian = new byte[littleEndian.length];
        for (int i = 0; i < littleEndian.length; i++) {
            bigEndian[i] = littleEndian[littleEndian.length - 1 - i];
        }
        BigInteger d = new BigInteger(1, bigEndian);
        Arrays.fill(bigEndian, (byte) 0);
        Arrays.fill(littleEndian, (byte) 0);
        return d;
    }

    private static PrivateKey rsa(PrivateKeyInfo info, RSAPublicKey publicKey)
            throws IOException, GeneralSecurityException {
        byte[] encoded = info.getEncoded();
        try {
            PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(encoded));
            boolean same = key instanceof RSAPrivateCrtKey crt
                    && crt.getModulus().equals(publicKey.getModulus())
                    && crt.getPublicExponent().equals(publicKey.getPublicExponent());
            return same ? key : null;
        } finally {
            Arrays.fill(encoded, (byte) 0);
        }
    }
}
