package kz.qoltanba.signing.xml.santuario;

import java.security.Key;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.AlgorithmParameterSpec;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.algorithm.GostPublicKey;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.algorithm.Signatures;
import org.apache.xml.security.algorithms.SignatureAlgorithmSpi;
import org.apache.xml.security.signature.XMLSignatureException;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * Santuario signature algorithm for one GOST family, backed by {@link Signatures} (Kazakh OIDs and byte
 * order included). Santuario creates one instance per {@code SignatureMethod} through the no-argument
 * (or {@link Provider}) constructor of the per-family subclasses below, which only name the family.
 */
public abstract class GostSignatureAlgorithmSpi extends SignatureAlgorithmSpi {
    private final KeyAlgorithm algorithm;
    private final Provider tokenProvider;
    private Signature signature;

    GostSignatureAlgorithmSpi(KeyAlgorithm algorithm, Provider tokenProvider) {
        this.algorithm = algorithm;
        this.tokenProvider = tokenProvider;
    }

    @Override
    protected String engineGetURI() {
        return algorithm.xmlSignatureUri();
    }

    @Override
    protected String engineGetJCEAlgorithmString() {
        return algorithm.name();
    }

    @Override
    protected String engineGetJCEProviderName() {
        return tokenProvider == null ? "BC-lightweight" : tokenProvider.getName();
    }

    @Override
    protected void engineInitSign(Key signingKey) throws XMLSignatureException {
        if (!(signingKey instanceof PrivateKey privateKey)) {
            throw failure("a " + algorithm + " XML signature needs a private key", null);
        }
        try {
            signature = Signatures.forSigning(privateKey, tokenProvider);
        } catch (SigningException e) {
            throw failure(e.getMessage(), e);
        }
    }

    @Override
    protected void engineInitSign(Key signingKey, SecureRandom secureRandom) throws XMLSignatureException {
        engineInitSign(signingKey);
    }

    @Override
    protected void engineInitSign(Key signingKey, AlgorithmParameterSpec spec) throws XMLSignatureException {
        throw failure(algorithm + " XML signatures take no parameters", null);
    }

    @Override
    protected void engineInitVerify(Key verificationKey) throws XMLSignatureException {
        if (!(verificationKey instanceof PublicKey publicKey)) {
            throw failure("a " + algorithm + " XML signature is verified with a public key", null);
        }
        try {
            PublicKey usable = publicKey instanceof GostPublicKey
                    ? publicKey
                    : Signatures.publicKey(SubjectPublicKeyInfo.getInstance(publicKey.getEncoded()));
            signature = Signatures.forVerifying(usable, algorithm.signatureOid(), null);
        } catch (SigningException | IllegalArgumentException e) {
            throw failure(e.getMessage(), e);
        }
    }

    @Override
    protected void engineUpdate(byte[] input) throws XMLSignatureException {
        engineUpdate(input, 0, input.length);
    }

    @Override
    protected void engineUpdate(byte input) throws XMLSignatureException {
        engineUpdate(new byte[] {input}, 0, 1);
    }

    @Override
    protected void engineUpdate(byte[] buf, int offset, int len) throws XMLSignatureException {
        try {
            initialised().update(buf, offset, len);
        } catch (SignatureException e) {
            throw failure(e.getMessage(), e);
        }
    }

    @Override
    protected byte[] engineSign() throws XMLSignatureException {
        try {
            return initialised().sign();
        } catch (SignatureException e) {
            throw failure(e.getMessage(), e);
        }
    }

    @Override
    protected boolean engineVerify(byte[] value) throws XMLSignatureException {
        try {
            return initialised().verify(value);
        } catch (SignatureException e) {
            return false;
        }
    }

    @Override
    protected void engineSetParameter(AlgorithmParameterSpec params) throws XMLSignatureException {
        throw failure(algorithm + " XML signatures take no parameters", null);
    }

    @Override
    protected void engineSetHMACOutputLength(int length) throws XMLSignatureException {
        throw failure(algorithm + " is not an HMAC", null);
    }

    private Signature initialised() throws XMLSignatureException {
        if (signature == null) {
            throw failure("the " + algorithm + " XML signature is not initialised", null);
        }
        return signature;
    }

    private static XMLSignatureException failure(String message, Exception cause) {
        Object[] args = {message};
        return cause == null
                ? new XMLSignatureException("empty", args)
                : new XMLSignatureException(cause, "empty", args);
    }

    /** KZ GOST 34.310-2004 with GOST 34.311-95. */
    public static final class Gost2004 extends GostSignatureAlgorithmSpi {
        public Gost2004() {
            this(null);
        }

        public Gost2004(Provider provider) {
            super(KeyAlgorithm.GOST2004, provider);
        }
    }

    /** KZ GOST 34.10-2015 (256) with Streebog-256. */
    public static final class Gost2015With256 extends GostSignatureAlgorithmSpi {
        public Gost2015With256() {
            this(null);
        }

        public Gost2015With256(Provider provider) {
            super(KeyAlgorithm.GOST2015_256, provider);
        }
    }

    /** KZ GOST 34.10-2015 (512) with Streebog-512. */
    public static final class Gost2015With512 extends GostSignatureAlgorithmSpi {
        public Gost2015With512() {
            this(null);
        }

        public Gost2015With512(Provider provider) {
            super(KeyAlgorithm.GOST2015_512, provider);
        }
    }

    /** GOST R 34.10-2012 (256) with Streebog-256, TC26 byte order. */
    public static final class Gost2012With256 extends GostSignatureAlgorithmSpi {
        public Gost2012With256() {
            this(null);
        }

        public Gost2012With256(Provider provider) {
            super(KeyAlgorithm.GOST2012_256, provider);
        }
    }

    /** GOST R 34.10-2012 (512) with Streebog-512, TC26 byte order. */
    public static final class Gost2012With512 extends GostSignatureAlgorithmSpi {
        public Gost2012With512() {
            this(null);
        }

        public Gost2012With512(Provider provider) {
            super(KeyAlgorithm.GOST2012_512, provider);
        }
    }
}
