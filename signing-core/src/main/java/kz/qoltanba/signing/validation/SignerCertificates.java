package kz.qoltanba.signing.validation;

import java.io.ByteArrayInputStream;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.algorithm.Signatures;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerId;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.util.Store;

/** The certificates a CMS carries plus the caller's, and the lookup of a signer's certificate. */
final class SignerCertificates {
    private final List<X509Certificate> embedded;
    private final List<X509Certificate> all;

    SignerCertificates(CMSSignedData signed, VerificationOptions options) {
        this(signed.getCertificates(), options);
    }

    SignerCertificates(Store<X509CertificateHolder> store, VerificationOptions options) {
        this.embedded = toCertificates(store);
        List<X509Certificate> pool = new ArrayList<>(embedded);
        pool.addAll(options.extraCertificates());
        this.all = List.copyOf(pool);
    }

    /** The CMS's certificates and the caller's extra ones (not the anchors). */
    List<X509Certificate> pool() {
        return all;
    }

    Optional<X509Certificate> find(SignerId id) {
        for (X509Certificate certificate : all) {
            try {
                if (id.match(new X509CertificateHolder(certificate.getEncoded()))) {
                    return Optional.of(certificate);
                }
            } catch (java.io.IOException | java.security.cert.CertificateEncodingException e) {
                // an unreadable certificate matches nothing
            }
        }
        return Optional.empty();
    }

    Optional<PublicKey> publicKeyOf(SignerInformation signer) {
        return find(signer.getSID()).flatMap(SignerCertificates::publicKey);
    }

    static Optional<PublicKey> publicKey(X509Certificate certificate) {
        try {
            return Optional.of(Signatures.publicKey(certificate));
        } catch (SigningException e) {
            return Optional.empty();
        }
    }

    static List<X509Certificate> toCertificates(Store<X509CertificateHolder> store) {
        List<X509Certificate> out = new ArrayList<>();
        if (store == null) {
            return out;
        }
        CertificateFactory factory;
        try {
            factory = CertificateFactory.getInstance("X.509");
        } catch (CertificateException e) {
            throw new IllegalStateException("the JDK has no X.509 certificate factory", e);
        }
        for (X509CertificateHolder holder : store.getMatches(null)) {
            try {
                out.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(holder.getEncoded())));
            } catch (CertificateException | java.io.IOException e) {
                // a certificate the JDK cannot read is left out; chain building reports what is missing
            }
        }
        return out;
    }
}
