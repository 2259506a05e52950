package kz.qoltanba.signing.algorithm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.SignatureException;
import kz.qoltanba.signing.UnsupportedAlgorithmException;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class GostSignatureTest {
    private static final byte[] DATA = "документ для подписи".getBytes(StandardCharsets.UTF_8);

    static GostPrivateKey newKey(KeyAlgorithm algorithm) {
        org.bouncycastle.asn1.ASN1ObjectIdentifier curve = algorithm.kazakhByteOrder()
                ? GostCurves.kazakhCurve(algorithm)
                : GostCurves.kazakhCurve(
                        algorithm == KeyAlgorithm.GOST2012_256 ? KeyAlgorithm.GOST2015_256 : KeyAlgorithm.GOST2015_512);
        ECKeyPairGenerator generator = new ECKeyPairGenerator();
        generator.init(new ECKeyGenerationParameters(GostCurves.domain(curve), new SecureRandom()));
        return new GostPrivateKey(
                algorithm, (ECPrivateKeyParameters) generator.generateKeyPair().getPrivate());
    }

    @ParameterizedTest
    @EnumSource(value = KeyAlgorithm.class, names = "RSA", mode = EnumSource.Mode.EXCLUDE)
    void whenDataIsSignedAndUnchanged_thenSignatureVerifies(KeyAlgorithm algorithm) throws Exception {
        GostPrivateKey key = newKey(algorithm);
        Signature signer = Signatures.forSigning(key);
        signer.update(DATA);
        byte[] value = signer.sign();

        assertThat(value).hasSize(2 * algorithm.fieldSize());
        assertThat(Signatures.verify(key.publicKey(), algorithm.signatureOid(), null, DATA, value))
                .isTrue();
        byte[] changed = DATA.clone();
        changed[0] ^= 1;
        assertThat(Signatures.verify(key.publicKey(), algorithm.signatureOid(), null, changed, value))
                .isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = KeyAlgorithm.class, names = "RSA", mode = EnumSource.Mode.EXCLUDE)
    void whenPublicKeyIsEncodedAndReadBack_thenItIsTheSameKey(KeyAlgorithm algorithm) throws Exception {
        GostPublicKey key = newKey(algorithm).publicKey();
        GostPublicKey read = GostPublicKey.fromSubjectPublicKeyInfo(SubjectPublicKeyInfo.getInstance(key.getEncoded()));

        assertThat(read.keyAlgorithm()).isEqualTo(algorithm);
        assertThat(read.parameters().getQ()).isEqualTo(key.parameters().getQ());
        assertThat(read.getEncoded()).isEqualTo(key.getEncoded());
    }

    @ParameterizedTest
    @EnumSource(
            value = KeyAlgorithm.class,
            names = {"GOST2015_256", "GOST2015_512"})
    void whenKazakhSignatureIsByteReversed_thenItIsTheTc26Signature(KeyAlgorithm kazakh) throws Exception {
        GostPrivateKey key = newKey(kazakh);
        Signature signer = Signatures.forSigning(key);
        signer.update(DATA);
        byte[] kazakhValue = signer.sign();
        KeyAlgorithm tc26 = kazakh == KeyAlgorithm.GOST2015_256 ? KeyAlgorithm.GOST2012_256 : KeyAlgorithm.GOST2012_512;

        assertThat(Signatures.verify(
                        key.publicKey(), tc26.signatureOid(), null, DATA, LittleEndian.reverse(kazakhValue)))
                .isTrue();
        assertThat(Signatures.verify(key.publicKey(), tc26.signatureOid(), null, DATA, kazakhValue))
                .isFalse();
    }

    @ParameterizedTest
    @EnumSource(
            value = KeyAlgorithm.class,
            names = {"GOST2004", "GOST2015_512"})
    void whenSignatureHasWrongLength_thenVerificationFailsWithoutException(KeyAlgorithm algorithm) throws Exception {
        GostPrivateKey key = newKey(algorithm);
        Signature verifier = Signatures.forVerifying(key.publicKey(), algorithm.signatureOid(), null);
        verifier.update(DATA);
        assertThatThrownBy(() -> verifier.verify(new byte[7])).isInstanceOf(SignatureException.class);
        assertThat(Signatures.verify(key.publicKey(), algorithm.signatureOid(), null, DATA, new byte[7]))
                .isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = KeyAlgorithm.class, names = "GOST2004")
    void whenSignatureAlgorithmDoesNotFitTheKey_thenUnsupportedAlgorithm(KeyAlgorithm algorithm) {
        GostPrivateKey key = newKey(algorithm);
        assertThatThrownBy(
                        () -> Signatures.forVerifying(key.publicKey(), KeyAlgorithm.GOST2015_512.signatureOid(), null))
                .isInstanceOf(UnsupportedAlgorithmException.class)
                .hasMessageContaining("does not fit");
    }
}
