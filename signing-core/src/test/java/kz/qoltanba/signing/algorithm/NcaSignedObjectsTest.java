package kz.qoltanba.signing.algorithm;

import static kz.qoltanba.signing.testutil.SharedFixtures.certificate;
import static kz.qoltanba.signing.testutil.SharedFixtures.crl;
import static kz.qoltanba.signing.testutil.SharedFixtures.gost2015;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.PublicKey;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** NCA signed its certificates and CRL with KZ GOST-2015/512: verifying them is a check we cannot fake. */
class NcaSignedObjectsTest {

    @Test
    void whenRootIsSelfSigned_thenItsKazakhGostSignatureVerifies() throws Exception {
        X509Certificate root = certificate(gost2015("root_test_gost_2022.cer"));
        assertThat(Signatures.algorithmOf(root)).isEqualTo(KeyAlgorithm.GOST2015_512);
        assertThat(Signatures.isCertificateSignedBy(root, Signatures.publicKey(root)))
                .isTrue();
    }

    @Test
    void whenIntermediateIsIssuedByRoot_thenItVerifiesUnderRootKey() throws Exception {
        X509Certificate root = certificate(gost2015("root_test_gost_2022.cer"));
        X509Certificate nca = certificate(gost2015("nca_gost2022_test.cer"));
        assertThat(Signatures.isCertificateSignedBy(nca, Signatures.publicKey(root)))
                .isTrue();
        assertThat(Signatures.isCertificateSignedBy(nca, Signatures.publicKey(nca)))
                .isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"legal__valid__head.crt.pem", "individual__revoked__individual_revoked.crt.pem"})
    void whenLeafIsIssuedByNca_thenItVerifiesUnderNcaKey(String leaf) throws Exception {
        PublicKey ncaKey = Signatures.publicKey(certificate(gost2015("nca_gost2022_test.cer")));
        assertThat(Signatures.isCertificateSignedBy(certificate(gost2015(leaf)), ncaKey))
                .isTrue();
    }

    @Test
    void whenCrlIsSignedByNca_thenItVerifiesAndATamperedOneDoesNot() throws Exception {
        PublicKey ncaKey = Signatures.publicKey(certificate(gost2015("nca_gost2022_test.cer")));
        X509CRL list = crl(gost2015("nca_gost2022_test.crl"));
        byte[] tbs = list.getTBSCertList();
        assertThat(Signatures.verify(ncaKey, list.getSigAlgOID(), null, tbs, list.getSignature()))
                .isTrue();
        byte[] tampered = Arrays.copyOf(tbs, tbs.length);
        tampered[tampered.length - 5] ^= 1;
        assertThat(Signatures.verify(ncaKey, list.getSigAlgOID(), null, tampered, list.getSignature()))
                .isFalse();
    }
}
