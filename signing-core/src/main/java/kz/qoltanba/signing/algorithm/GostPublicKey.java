package kz.qoltanba.signing.algorithm;

import java.io.IOException;
import java.io.Serial;
import java.math.BigInteger;
import java.security.PublicKey;
import kz.qoltanba.signing.MalformedInputException;
import kz.qoltanba.signing.UnsupportedAlgorithmException;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.cryptopro.GOST3410PublicKeyAlgParameters;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;

/**
 * A GOST public key (Kazakh or TC26 OIDs). The point is stored as Bouncy Castle parameters; the encoding
 * is the SubjectPublicKeyInfo it was read from, or the Kazakh/TC26 one built for it.
 */
public final class GostPublicKey implements PublicKey {
    @Serial
    private static final long serialVersionUID = 1L;

    private final KeyAlgorithm algorithm;
    private final byte[] encoded;
    private final transient ECPublicKeyParameters parameters;

    private GostPublicKey(KeyAlgorithm algorithm, byte[] encoded, ECPublicKeyParameters parameters) {
        this.algorithm = algorithm;
        this.encoded = encoded;
        this.parameters = parameters;
    }

    /** Reads a GOST key from its SubjectPublicKeyInfo. */
    public static GostPublicKey fromSubjectPublicKeyInfo(SubjectPublicKeyInfo info)
            throws UnsupportedAlgorithmException, MalformedInputException {
        String oid = info.getAlgorithm().getAlgorithm().getId();
        KeyAlgorithm algorithm = KeyAlgorithm.byKeyOid(oid)
                .filter(KeyAlgorithm::isGost)
                .orElseThrow(() -> new UnsupportedAlgorithmException("not a GOST public key algorithm: " + oid));
        ECDomainParameters domain = GostCurves.domain(curveOf(algorithm, info.getAlgorithm()));
        if (domain == null) {
            throw new UnsupportedAlgorithmException("unknown GOST curve in public key of algorithm " + oid);
        }
        try {
            byte[] le = ASN1OctetString.getInstance(info.parsePublicKey()).getOctets();
            int size = le.length / 2;
            if (le.length != 2 * algorithm.fieldSize()) {
                throw new MalformedInputException(
                        "GOST public key has " + le.length + " bytes, expected " + 2 * algorithm.fieldSize());
            }
            BigInteger x = new BigInteger(1, LittleEndian.reverse(le, 0, size));
            BigInteger y = new BigInteger(1, LittleEndian.reverse(le, size, size));
            ECPoint q = domain.getCurve().validatePoint(x, y);
            return new GostPublicKey(algorithm, info.getEncoded(), new ECPublicKeyParameters(q, domain));
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new MalformedInputException("malformed GOST public key: " + e.getMessage(), e);
        }
    }

    /** Builds the key for a point, encoded with the family's OIDs (Kazakh or TC26). */
    public static GostPublicKey of(KeyAlgorithm algorithm, ECPublicKeyParameters parameters) {
        int size = algorithm.fieldSize();
        ECPoint q = parameters.getQ().normalize();
        byte[] le = new byte[2 * size];
        System.arraycopy(
                LittleEndian.reverse(BigIntegers.asUnsignedByteArray(
                        size, q.getAffineXCoord().toBigInteger())),
                0,
                le,
                0,
                size);
        System.arraycopy(
                LittleEndian.reverse(BigIntegers.asUnsignedByteArray(
                        size, q.getAffineYCoord().toBigInteger())),
                0,
                le,
                size,
                size);
        try {
            byte[] der = new SubjectPublicKeyInfo(keyAlgorithmIdentifier(algorithm, parameters), new DEROctetString(le))
                    .getEncoded();
            return new GostPublicKey(algorithm, der, parameters);
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode a GOST public key", e);
        }
    }

    static AlgorithmIdentifier keyAlgorithmIdentifier(KeyAlgorithm algorithm, ECPublicKeyParameters parameters) {
        ASN1ObjectIdentifier keyOid = new ASN1ObjectIdentifier(algorithm.keyOid());
        if (algorithm.kazakhByteOrder()) {
            return new AlgorithmIdentifier(keyOid, new DERSequence(new ASN1ObjectIdentifier[] {
                GostCurves.kazakhParameterOid(algorithm), GostCurves.kazakhParameterDigestOid(algorithm)
            }));
        }
        ASN1ObjectIdentifier curve =
                ((org.bouncycastle.crypto.params.ECNamedDomainParameters) parameters.getParameters()).getName();
        return new AlgorithmIdentifier(keyOid, new GOST3410PublicKeyAlgParameters(curve, null));
    }

    private static ASN1ObjectIdentifier curveOf(KeyAlgorithm algorithm, AlgorithmIdentifier identifier)
            throws MalformedInputException {
        if (algorithm.kazakhByteOrder()) {
            return GostCurves.kazakhCurve(algorithm);
        }
        try {
            ASN1Primitive params = identifier.getParameters().toASN1Primitive();
            return ASN1ObjectIdentifier.getInstance(
                    ASN1Sequence.getInstance(params).getObjectAt(0));
        } catch (RuntimeException e) {
            throw new MalformedInputException("GOST public key without a curve parameter set", e);
        }
    }

    public KeyAlgorithm keyAlgorithm() {
        return algorithm;
    }

    /** The point and curve, for Bouncy Castle's engines. */
    public ECPublicKeyParameters parameters() {
        return parameters;
    }

    @Override
    public String getAlgorithm() {
        return algorithm.name();
    }

    @Override
    public String getFormat() {
        return "X.509";
    }

    @Override
    public byte[] getEncoded() {
        return encoded.clone();
    }
}
