package kz.qoltanba.signing.algorithm;

import java.io.IOException;
import java.io.Serial;
import java.security.PrivateKey;
import javax.security.auth.Destroyable;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.util.BigIntegers;

/**
 * A GOST private key held in memory (from a key file). {@link #destroy()} drops the reference to the
 * scalar; it cannot wipe the {@link java.math.BigInteger} itself, which the JDK gives no way to clear.
 */
public final class GostPrivateKey implements PrivateKey, Destroyable {
    @Serial
    private static final long serialVersionUID = 1L;

    private final KeyAlgorithm algorithm;
    private final transient ECPublicKeyParameters publicParameters;
    private transient ECPrivateKeyParameters parameters;

    public GostPrivateKey(KeyAlgorithm algorithm, ECPrivateKeyParameters parameters) {
        if (!algorithm.isGost()) {
            throw new IllegalArgumentException("not a GOST algorithm: " + algorithm);
        }
        this.algorithm = algorithm;
        this.parameters = parameters;
        this.publicParameters = new ECPublicKeyParameters(
                parameters.getParameters().getG().multiply(parameters.getD()).normalize(), parameters.getParameters());
    }

    public KeyAlgorithm keyAlgorithm() {
        return algorithm;
    }

    /** The scalar and curve, for Bouncy Castle's engines. */
    public ECPrivateKeyParameters parameters() {
        if (parameters == null) {
            throw new IllegalStateException("the private key has been destroyed");
        }
        return parameters;
    }

    /** The matching public key, encoded with this family's OIDs. */
    public GostPublicKey publicKey() {
        return GostPublicKey.of(algorithm, publicParameters);
    }

    @Override
    public String getAlgorithm() {
        return algorithm.name();
    }

    @Override
    public String getFormat() {
        return "PKCS#8";
    }

    /**
     * PKCS#8 in the form NCA's key files use: the 2015 keys as a little-endian OCTET STRING, the 2004
     * keys as an INTEGER; TC26 keys as a little-endian OCTET STRING (RFC 9215).
     */
    @Override
    public byte[] getEncoded() {
        ECPrivateKeyParameters p = parameters();
        ASN1Encodable value = algorithm == KeyAlgorithm.GOST2004
                ? new ASN1Integer(p.getD())
                : new DEROctetString(
                        LittleEndian.reverse(BigIntegers.asUnsignedByteArray(algorithm.fieldSize(), p.getD())));
        try {
            return new PrivateKeyInfo(GostPublicKey.keyAlgorithmIdentifier(algorithm, publicParameters), value)
                    .getEncoded();
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode a GOST private key", e);
        }
    }

    @Override
    public void destroy() {
        parameters = null;
    }

    @Override
    public boolean isDestroyed() {
        return parameters == null;
    }
}
