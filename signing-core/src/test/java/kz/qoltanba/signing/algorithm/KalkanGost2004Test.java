package kz.qoltanba.signing.algorithm;

import static kz.qoltanba.signing.testutil.SharedFixtures.kalkan2020;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.Base64;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.Test;

/**
 * A CMS made by Kalkan with a GOST 34.310-2004 key proves the 2004 path end to end: GOST 34.311 with the
 * "D-Test" S-box for the content digest, and the Kazakh byte order of the signature value.
 */
class KalkanGost2004Test {
    private static final String SAMPLE =
            "cms-xml/organization__active__GOSTKNCA_13a3741b52d7bf860aab199b56fad1f4652e357b.cms";

    @Test
    void whenKalkanSignedWithGost2004_thenDigestAndSignatureVerify() throws Exception {
        byte[] der = Base64.getMimeDecoder().decode(Files.readAllBytes(kalkan2020(SAMPLE)));
        CMSSignedData cms = new CMSSignedData(der);
        SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
        X509CertificateHolder holder = (X509CertificateHolder)
                cms.getCertificates().getMatches(signer.getSID()).iterator().next();
        PublicKey key = Signatures.publicKey(holder.getSubjectPublicKeyInfo());

        MessageDigest digest = DigestAlgorithms.newDigest(signer.getDigestAlgOID());
        byte[] content = "asdasd".getBytes(StandardCharsets.US_ASCII);
        byte[] claimed = ASN1OctetString.getInstance(signer.getSignedAttributes()
                        .get(CMSAttributes.messageDigest)
                        .getAttrValues()
                        .getObjectAt(0))
                .getOctets();

        assertThat(Signatures.algorithmOf(key)).isEqualTo(KeyAlgorithm.GOST2004);
        assertThat(digest.digest(content)).isEqualTo(claimed);
        assertThat(Signatures.verify(
                        key,
                        signer.getEncryptionAlgOID(),
                        signer.getDigestAlgOID(),
                        signer.getEncodedSignedAttributes(),
                        signer.getSignature()))
                .isTrue();
        assertThat(Signatures.verify(
                        key, signer.getEncryptionAlgOID(), signer.getDigestAlgOID(), content, signer.getSignature()))
                .isFalse();
    }
}
