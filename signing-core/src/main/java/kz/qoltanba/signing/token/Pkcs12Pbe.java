package kz.qoltanba.signing.token;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.crypto.BlockCipher;
import org.bouncycastle.crypto.BufferedBlockCipher;
import org.bouncycastle.crypto.CipherParameters;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.engines.DESedeEngine;
import org.bouncycastle.crypto.engines.RC2Engine;
import org.bouncycastle.crypto.generators.PKCS12ParametersGenerator;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.modes.CBCBlockCipher;
import org.bouncycastle.crypto.paddings.PKCS7Padding;
import org.bouncycastle.crypto.paddings.PaddedBufferedBlockCipher;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;
import org.bouncycastle.crypto.params.RC2Parameters;

/**
 * The password-based schemes of PKCS#12 v1 (RFC 7292 appendix B and C) that NCA key files use: key
 * derivation with SHA-1, 3DES-CBC and RC2-CBC encryption, and the SHA-1 HMAC over the contents.
 */
final class Pkcs12Pbe {
    /** PBE schemes this class implements, by OID. */
    enum Scheme {
        TRIPLE_DES(PKCSObjectIdentifiers.pbeWithSHAAnd3_KeyTripleDES_CBC, 192, false),
        TWO_KEY_TRIPLE_DES(PKCSObjectIdentifiers.pbeWithSHAAnd2_KeyTripleDES_CBC, 128, false),
        RC2_40(PKCSObjectIdentifiers.pbeWithSHAAnd40BitRC2_CBC, 40, true),
        RC2_128(PKCSObjectIdentifiers.pbeWithSHAAnd128BitRC2_CBC, 128, true);

        private final ASN1ObjectIdentifier oid;
        private final int keyBits;
        private final boolean rc2;

        Scheme(ASN1ObjectIdentifier oid, int keyBits, boolean rc2) {
            this.oid = oid;
            this.keyBits = keyBits;
            this.rc2 = rc2;
        }

        ASN1ObjectIdentifier oid() {
            return oid;
        }
    }

    private static final Map<ASN1ObjectIdentifier, Scheme> BY_OID = Map.of(
            Scheme.TRIPLE_DES.oid, Scheme.TRIPLE_DES,
            Scheme.TWO_KEY_TRIPLE_DES.oid, Scheme.TWO_KEY_TRIPLE_DES,
            Scheme.RC2_40.oid, Scheme.RC2_40,
            Scheme.RC2_128.oid, Scheme.RC2_128);

    private static final int IV_BITS = 64;
    private static final int MAC_BITS = 160;

    private Pkcs12Pbe() {}

    static Optional<Scheme> scheme(ASN1ObjectIdentifier oid) {
        return Optional.ofNullable(BY_OID.get(oid));
    }

    /** Decrypts; a bad padding (almost always a wrong password) is reported as {@code BadPaddingException}. */
    static byte[] decrypt(Scheme scheme, char[] password, byte[] salt, int iterations, byte[] data)
            throws InvalidCipherTextException {
        return run(scheme, false, password, salt, iterations, data);
    }

    static byte[] encrypt(Scheme scheme, char[] password, byte[] salt, int iterations, byte[] data) {
        try {
            return run(scheme, true, password, salt, iterations, data);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("encryption cannot fail on padding", e);
        }
    }

    /** The PKCS#12 MAC (HMAC-SHA1 under a key derived with ID 3) of {@code data}. */
    static byte[] mac(char[] password, byte[] salt, int iterations, byte[] data) {
        KeyParameter key = (KeyParameter)
                derive(password, salt, iterations, generator -> generator.generateDerivedMacParameters(MAC_BITS));
        HMac hmac = new HMac(new SHA1Digest());
        hmac.init(key);
        hmac.update(data, 0, data.length);
        byte[] out = new byte[hmac.getMacSize()];
        hmac.doFinal(out, 0);
        Arrays.fill(key.getKey(), (byte) 0);
        return out;
    }

    private static byte[] run(Scheme scheme, boolean encrypt, char[] password, byte[] salt, int iterations, byte[] data)
            throws InvalidCipherTextException {
        ParametersWithIV derived = (ParametersWithIV) derive(
                password, salt, iterations, generator -> generator.generateDerivedParameters(scheme.keyBits, IV_BITS));
        byte[] key = ((KeyParameter) derived.getParameters()).getKey();
        try {
            BlockCipher engine = scheme.rc2 ? new RC2Engine() : new DESedeEngine();
            CipherParameters keyParameters = scheme.rc2 ? new RC2Parameters(key) : new KeyParameter(key);
            BufferedBlockCipher cipher =
                    new PaddedBufferedBlockCipher(CBCBlockCipher.newInstance(engine), new PKCS7Padding());
            cipher.init(encrypt, new ParametersWithIV(keyParameters, derived.getIV()));
            byte[] out = new byte[cipher.getOutputSize(data.length)];
            int length = cipher.processBytes(data, 0, data.length, out, 0);
            length += cipher.doFinal(out, length);
            byte[] result = Arrays.copyOf(out, length);
            Arrays.fill(out, (byte) 0);
            return result;
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** Runs one derivation; the BMP form of the password lives only for its duration. */
    private static CipherParameters derive(
            char[] password, byte[] salt, int iterations, Function<PKCS12ParametersGenerator, CipherParameters> step) {
        byte[] passwordBytes = PKCS12ParametersGenerator.PKCS12PasswordToBytes(password);
        try {
            PKCS12ParametersGenerator generator = new PKCS12ParametersGenerator(new SHA1Digest());
            generator.init(passwordBytes, salt, iterations);
            return step.apply(generator);
        } finally {
            Arrays.fill(passwordBytes, (byte) 0);
        }
    }
}
