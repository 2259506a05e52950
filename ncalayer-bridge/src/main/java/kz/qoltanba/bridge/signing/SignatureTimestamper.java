package kz.qoltanba.bridge.signing;

import java.io.ByteArrayInputStream;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import kz.qoltanba.bridge.spi.HostSigningException;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.cms.CmsOptions;
import kz.qoltanba.signing.cms.CmsSigner;
import kz.qoltanba.signing.token.KeyEntry;
import kz.qoltanba.signing.tsp.TimestampClient;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.SignedData;

/**
 * Adds signature time-stamps to an existing CMS SignedData with signing-core's {@link CmsSigner#addTimestamp}.
 * That operation uses no private key, but a {@link CmsSigner} is made for a key entry, so it is given the
 * CMS's own first certificate and a placeholder private key that no operation can use.
 */
final class SignatureTimestamper {
    private final TimestampClient timestamps;
    private final Clock clock;

    SignatureTimestamper(TimestampClient timestamps, Clock clock) {
        this.timestamps = timestamps;
        this.clock = clock;
    }

    byte[] addTimestamp(byte[] cms) throws HostSigningException {
        X509Certificate certificate = firstCertificate(cms);
        KeyEntry placeholder = new KeyEntry("timestamp-only", new NoPrivateKey(), certificate, List.of(), null);
        CmsSigner signer = CmsSigner.create(
                placeholder, CmsOptions.defaults().withClock(clock).withTimestamps(timestamps));
        try {
            return signer.addTimestamp(cms);
        } catch (SigningException e) {
            throw new HostSigningException("the time-stamp could not be added: " + e.getMessage(), e);
        }
    }

    private static X509Certificate firstCertificate(byte[] cms) throws HostSigningException {
        try {
            SignedData signedData = SignedData.getInstance(
                    ContentInfo.getInstance(ASN1Primitive.fromByteArray(cms)).getContent());
            ASN1Set certificates = signedData.getCertificates();
            if (certificates == null || certificates.size() == 0) {
                throw new HostSigningException("the CMS carries no certificate of its signer");
            }
            ASN1Encodable first = certificates.getObjectAt(0);
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(
                            new ByteArrayInputStream(first.toASN1Primitive().getEncoded()));
        } catch (java.io.IOException | IllegalArgumentException | ClassCastException | CertificateException e) {
            throw new HostSigningException("the data is not a CMS SignedData", e);
        }
    }

    /** Stands in for a key where none is needed; it has no encoding and no algorithm any signer accepts. */
    private static final class NoPrivateKey implements PrivateKey {
        private static final long serialVersionUID = 1L;

        @Override
        public String getAlgorithm() {
            return "NONE";
        }

        @Override
        public String getFormat() {
            return null;
        }

        @Override
        public byte[] getEncoded() {
            return null;
        }
    }
}
