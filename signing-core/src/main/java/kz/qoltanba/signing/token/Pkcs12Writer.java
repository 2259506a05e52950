package kz.qoltanba.signing.token;

import java.io.IOException;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kz.qoltanba.signing.UnsupportedAlgorithmException;
import kz.qoltanba.signing.algorithm.Signatures;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERBMPString;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.Attribute;
import org.bouncycastle.asn1.pkcs.AuthenticatedSafe;
import org.bouncycastle.asn1.pkcs.CertBag;
import org.bouncycastle.asn1.pkcs.ContentInfo;
import org.bouncycastle.asn1.pkcs.EncryptedData;
import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.MacData;
import org.bouncycastle.asn1.pkcs.PKCS12PBEParams;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.Pfx;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.SafeBag;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.DigestInfo;

/**
 * Writes a key and its chain in the layout of NCA's key files: a 3DES-shrouded key bag in a plain data
 * part, the certificates in an RC2-40 encrypted part, a SHA-1 MAC, 1024 iterations and 20-byte salts,
 * localKeyId and friendlyName (the alias) on the key and on the leaf certificate.
 */
final class Pkcs12Writer {
    private static final int ITERATIONS = 1024;
    private static final int SALT_BYTES = 20;

    private final SecureRandom random;

    Pkcs12Writer(SecureRandom random) {
        this.random = random;
    }

    byte[] encode(PrivateKey key, List<X509Certificate> chain, char[] password)
            throws UnsupportedAlgorithmException, IOException {
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("the chain must hold at least the key's certificate");
        }
        X509Certificate leaf = chain.get(0);
        Signatures.algorithmOf(key);
        byte[] pkcs8 = key.getEncoded();
        if (pkcs8 == null) {
            throw new UnsupportedAlgorithmException(
                    "the " + key.getAlgorithm() + " key cannot be exported (it is held by a token)");
        }
        try {
            if (!PrivateKeys.matches(PrivateKeyInfo.getInstance(pkcs8), leaf)) {
                throw new IllegalArgumentException(
                        "the private key does not belong to the first certificate " + leaf.getSubjectX500Principal());
            }
            DERSet attributes = attributes(leaf);
            ContentInfo keyPart = keyPart(pkcs8, password, attributes);
            ContentInfo certificatePart = certificatePart(chain, password, attributes);
            byte[] authSafe =
                    new AuthenticatedSafe(new ContentInfo[] {keyPart, certificatePart}).getEncoded(ASN1Encoding.DER);
            byte[] macSalt = salt();
            byte[] mac = Pkcs12Pbe.mac(password, macSalt, ITERATIONS, authSafe);
            MacData macData = new MacData(
                    new DigestInfo(new AlgorithmIdentifier(OIWObjectIdentifiers.idSHA1, DERNull.INSTANCE), mac),
                    macSalt,
                    ITERATIONS);
            return new Pfx(new ContentInfo(PKCSObjectIdentifiers.data, new DEROctetString(authSafe)), macData)
                    .getEncoded(ASN1Encoding.DER);
        } finally {
            Arrays.fill(pkcs8, (byte) 0);
        }
    }

    private ContentInfo keyPart(byte[] pkcs8, char[] password, DERSet attributes) throws IOException {
        byte[] salt = salt();
        byte[] encrypted = Pkcs12Pbe.encrypt(Pkcs12Pbe.Scheme.TRIPLE_DES, password, salt, ITERATIONS, pkcs8);
        EncryptedPrivateKeyInfo shrouded =
                new EncryptedPrivateKeyInfo(pbe(Pkcs12Pbe.Scheme.TRIPLE_DES, salt), encrypted);
        SafeBag bag = new SafeBag(PKCSObjectIdentifiers.pkcs8ShroudedKeyBag, shrouded, attributes);
        return new ContentInfo(
                PKCSObjectIdentifiers.data, new DEROctetString(new DERSequence(bag).getEncoded(ASN1Encoding.DER)));
    }

    private ContentInfo certificatePart(List<X509Certificate> chain, char[] password, DERSet leafAttributes)
            throws IOException {
        List<ASN1Encodable> bags = new ArrayList<>();
        for (X509Certificate certificate : chain) {
            CertBag certBag = new CertBag(PKCSObjectIdentifiers.x509Certificate, new DEROctetString(der(certificate)));
            bags.add(
                    certificate == chain.get(0)
                            ? new SafeBag(PKCSObjectIdentifiers.certBag, certBag, leafAttributes)
                            : new SafeBag(PKCSObjectIdentifiers.certBag, certBag));
        }
        byte[] plain = new DERSequence(bags.toArray(ASN1Encodable[]::new)).getEncoded(ASN1Encoding.DER);
        byte[] salt = salt();
        byte[] encrypted = Pkcs12Pbe.encrypt(Pkcs12Pbe.Scheme.RC2_40, password, salt, ITERATIONS, plain);
        EncryptedData data = new EncryptedData(
                PKCSObjectIdentifiers.data, pbe(Pkcs12Pbe.Scheme.RC2_40, salt), new DEROctetString(encrypted));
        return new ContentInfo(PKCSObjectIdentifiers.encryptedData, data);
    }

    private static DERSet attributes(X509Certificate leaf) {
        return new DERSet(new ASN1Encodable[] {
            new Attribute(
                    PKCSObjectIdentifiers.pkcs_9_at_localKeyId, new DERSet(new DEROctetString(KeyAliases.keyId(leaf)))),
            new Attribute(
                    PKCSObjectIdentifiers.pkcs_9_at_friendlyName, new DERSet(new DERBMPString(KeyAliases.alias(leaf))))
        });
    }

    private static AlgorithmIdentifier pbe(Pkcs12Pbe.Scheme scheme, byte[] salt) {
        return new AlgorithmIdentifier(scheme.oid(), new PKCS12PBEParams(salt, ITERATIONS));
    }

    private static byte[] der(X509Certificate certificate) throws IOException {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IOException("cannot encode certificate " + certificate.getSubjectX500Principal(), e);
        }
    }

    private byte[] salt() {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return salt;
    }
}
