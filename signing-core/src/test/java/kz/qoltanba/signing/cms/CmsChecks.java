package kz.qoltanba.signing.cms;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import kz.qoltanba.signing.algorithm.Signatures;
import kz.qoltanba.signing.algorithm.SignerVerifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;

/** Crypto-level checks of CMS made in tests: Bouncy Castle's SignerInformation.verify with our operators. */
final class CmsChecks {
    private CmsChecks() {}

    static CMSSignedData parse(byte[] cms, byte[] detachedContent) throws Exception {
        return detachedContent == null
                ? new CMSSignedData(cms)
                : new CMSSignedData(new CMSProcessableByteArray(detachedContent), cms);
    }

    /** For each signer, in order: whether its signature and message digest verify. */
    static List<Boolean> verifySigners(byte[] cms, byte[] detachedContent) throws Exception {
        CMSSignedData signedData = parse(cms, detachedContent);
        List<Boolean> results = new ArrayList<>();
        for (SignerInformation signer : signedData.getSignerInfos().getSigners()) {
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches =
                    signedData.getCertificates().getMatches(signer.getSID());
            X509CertificateHolder certificate = matches.iterator().next();
            boolean ok;
            try {
                ok = signer.verify(SignerVerifiers.of(Signatures.publicKey(certificate.getSubjectPublicKeyInfo())));
            } catch (org.bouncycastle.cms.CMSSignerDigestMismatchException e) {
                ok = false;
            }
            results.add(ok);
        }
        return results;
    }
}
