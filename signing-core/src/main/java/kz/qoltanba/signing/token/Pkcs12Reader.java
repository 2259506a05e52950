package kz.qoltanba.signing.token;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Optional;
import kz.qoltanba.signing.CorruptKeyStoreException;
import kz.qoltanba.signing.UnsupportedAlgorithmException;
import kz.qoltanba.signing.WrongPasswordException;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1Set;
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
import org.bouncycastle.crypto.InvalidCipherTextException;

/**
 * Reads PKCS#12 files protected with the PKCS#12 v1 schemes (NCA's files: 3DES key bag, RC2-40
 * certificate bag, SHA-1 MAC). The integrity MAC is checked before anything is decrypted, so a wrong
 * password is told apart from a damaged file. Files that use other schemes (PBES2, a SHA-2 MAC) are
 * reported as foreign and left to the JDK's key store.
 */
final class Pkcs12Reader {
    /** More iterations than any real file uses: a bound so that a hostile file cannot stall the reader. */
    private static final int MAX_ITERATIONS = 10_000_000;

    private final String name;

    Pkcs12Reader(String name) {
        this.name = name;
    }

    /** The bags of the file, or empty when the file uses schemes this reader leaves to the JDK. */
    Optional<Pkcs12Contents> read(byte[] file, char[] password)
            throws WrongPasswordException, CorruptKeyStoreException, UnsupportedAlgorithmException {
        Pfx pfx;
        byte[] authSafe;
        try {
            pfx = Pfx.getInstance(ASN1Primitive.fromByteArray(file));
            ContentInfo info = pfx.getAuthSafe();
            if (!PKCSObjectIdentifiers.data.equals(info.getContentType())) {
                throw new UnsupportedAlgorithmException(
                        name + ": public-key integrity mode (" + info.getContentType() + ") is not supported");
            }
            authSafe = ASN1OctetString.getInstance(info.getContent()).getOctets();
        } catch (IOException | RuntimeException e) {
            throw corrupt("not a PKCS#12 file", e);
        }
        MacData macData = pfx.getMacData();
        if (macData != null) {
            AlgorithmIdentifier digest = macData.getMac().getAlgorithmId();
            if (!OIWObjectIdentifiers.idSHA1.equals(digest.getAlgorithm())) {
                return Optional.empty();
            }
            checkMac(macData, password, authSafe);
        }
        Pkcs12Contents contents = new Pkcs12Contents();
        try {
            for (ContentInfo part : AuthenticatedSafe.getInstance(ASN1Primitive.fromByteArray(authSafe))
                    .getContentInfo()) {
                ASN1Sequence bags = safeContents(part, password, macData != null);
                if (bags == null) {
                    return Optional.empty();
                }
                for (ASN1Encodable bag : bags) {
                    if (!readBag(SafeBag.getInstance(bag), password, macData != null, contents)) {
                        return Optional.empty();
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            throw corrupt("damaged PKCS#12 contents", e);
        }
        return Optional.of(contents);
    }

    private void checkMac(MacData macData, char[] password, byte[] authSafe)
            throws WrongPasswordException, CorruptKeyStoreException {
        int iterations = iterations(macData.getIterationCount());
        byte[] expected = Pkcs12Pbe.mac(password, macData.getSalt(), iterations, authSafe);
        if (!MessageDigest.isEqual(expected, macData.getMac().getDigest())) {
            throw new WrongPasswordException(
                    name + ": wrong password (the key file's integrity check failed with the password given)");
        }
    }

    /** The SafeContents of one part, decrypting it if needed; null when the part uses a foreign scheme. */
    private ASN1Sequence safeContents(ContentInfo part, char[] password, boolean macChecked)
            throws IOException, WrongPasswordException, CorruptKeyStoreException, UnsupportedAlgorithmException {
        ASN1ObjectIdentifier type = part.getContentType();
        if (PKCSObjectIdentifiers.data.equals(type)) {
            return ASN1Sequence.getInstance(ASN1Primitive.fromByteArray(
                    ASN1OctetString.getInstance(part.getContent()).getOctets()));
        }
        if (PKCSObjectIdentifiers.encryptedData.equals(type)) {
            EncryptedData data = EncryptedData.getInstance(part.getContent());
            byte[] plain = decrypt(
                    data.getEncryptionAlgorithm(), password, data.getContent().getOctets(), macChecked);
            return plain == null ? null : ASN1Sequence.getInstance(ASN1Primitive.fromByteArray(plain));
        }
        throw new UnsupportedAlgorithmException(name + ": PKCS#12 content of type " + type + " is not supported");
    }

    /** Adds one bag to {@code contents}; false when the bag uses a foreign scheme. */
    private boolean readBag(SafeBag bag, char[] password, boolean macChecked, Pkcs12Contents contents)
            throws IOException, WrongPasswordException, CorruptKeyStoreException {
        ASN1ObjectIdentifier type = bag.getBagId();
        byte[] localKeyId = localKeyId(bag.getBagAttributes());
        if (PKCSObjectIdentifiers.pkcs8ShroudedKeyBag.equals(type)) {
            EncryptedPrivateKeyInfo encrypted = EncryptedPrivateKeyInfo.getInstance(bag.getBagValue());
            byte[] plain =
                    decrypt(encrypted.getEncryptionAlgorithm(), password, encrypted.getEncryptedData(), macChecked);
            if (plain == null) {
                return false;
            }
            contents.addKey(PrivateKeyInfo.getInstance(ASN1Primitive.fromByteArray(plain)), localKeyId);
            Arrays.fill(plain, (byte) 0);
        } else if (PKCSObjectIdentifiers.keyBag.equals(type)) {
            contents.addKey(PrivateKeyInfo.getInstance(bag.getBagValue()), localKeyId);
        } else if (PKCSObjectIdentifiers.certBag.equals(type)) {
            CertBag certBag = CertBag.getInstance(bag.getBagValue());
            if (PKCSObjectIdentifiers.x509Certificate.equals(certBag.getCertId())) {
                contents.addCertificate(certificate(certBag), localKeyId);
            }
        }
        return true;
    }

    private X509Certificate certificate(CertBag bag) throws CorruptKeyStoreException {
        byte[] der = ASN1OctetString.getInstance(bag.getCertValue()).getOctets();
        try {
            return (X509Certificate)
                    CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException e) {
            throw corrupt("unreadable certificate", e);
        }
    }

    private byte[] decrypt(AlgorithmIdentifier algorithm, char[] password, byte[] data, boolean macChecked)
            throws WrongPasswordException, CorruptKeyStoreException {
        Optional<Pkcs12Pbe.Scheme> scheme = Pkcs12Pbe.scheme(algorithm.getAlgorithm());
        if (scheme.isEmpty()) {
            return null;
        }
        PKCS12PBEParams params = PKCS12PBEParams.getInstance(algorithm.getParameters());
        try {
            return Pkcs12Pbe.decrypt(scheme.get(), password, params.getIV(), iterations(params.getIterations()), data);
        } catch (InvalidCipherTextException e) {
            if (macChecked) {
                throw corrupt("an encrypted part does not decrypt although the integrity check passed", e);
            }
            throw new WrongPasswordException(name + ": wrong password (an encrypted part of the key file"
                    + " does not decrypt with the password given)");
        }
    }

    private int iterations(BigInteger count) throws CorruptKeyStoreException {
        if (count.signum() < 1 || count.compareTo(BigInteger.valueOf(MAX_ITERATIONS)) > 0) {
            throw new CorruptKeyStoreException(name + ": implausible iteration count " + count);
        }
        return count.intValue();
    }

    private static byte[] localKeyId(ASN1Set attributes) {
        if (attributes == null) {
            return null;
        }
        for (ASN1Encodable element : attributes) {
            Attribute attribute = Attribute.getInstance(element);
            if (PKCSObjectIdentifiers.pkcs_9_at_localKeyId.equals(attribute.getAttrType())) {
                return ASN1OctetString.getInstance(attribute.getAttrValues().getObjectAt(0))
                        .getOctets();
            }
        }
        return null;
    }

    private CorruptKeyStoreException corrupt(String what, Throwable cause) {
        return new CorruptKeyStoreException(
                name + ": " + what + " (" + cause.getClass().getSimpleName() + ")", cause);
    }
}
