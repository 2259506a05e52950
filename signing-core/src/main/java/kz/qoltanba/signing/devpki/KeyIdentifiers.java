package kz.qoltanba.signing.devpki;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * Key identifiers as NCA computes them (and writes as SKI, AKI and key-file alias): SHA-1 of the whole
 * SubjectPublicKeyInfo for RSA keys, of the subjectPublicKey bits only for GOST-2015 keys.
 */
final class KeyIdentifiers {
    private KeyIdentifiers() {}

    static byte[] of(SubjectPublicKeyInfo key) {
        boolean keyBitsOnly = KeyAlgorithm.byKeyOid(
                        key.getAlgorithm().getAlgorithm().getId())
                .map(algorithm -> algorithm.isGost() && algorithm != KeyAlgorithm.GOST2004)
                .orElse(false);
        try {
            byte[] hashed = keyBitsOnly ? key.getPublicKeyData().getOctets() : key.getEncoded(ASN1Encoding.DER);
            return MessageDigest.getInstance("SHA-1").digest(hashed);
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException("cannot hash a public key", e);
        }
    }
}
