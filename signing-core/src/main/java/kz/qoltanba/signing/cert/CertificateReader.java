package kz.qoltanba.signing.cert;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import kz.qoltanba.signing.MalformedInputException;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.X509CertificateHolder;

/** Builds a {@link CertificateInfo} from a certificate's ASN.1 structure. */
final class CertificateReader {
    private CertificateReader() {}

    static CertificateInfo read(X509Certificate certificate) throws MalformedInputException {
        Objects.requireNonNull(certificate, "certificate");
        try {
            return read(CertificateDecoding.holder(certificate.getEncoded()));
        } catch (CertificateEncodingException e) {
            throw new MalformedInputException(
                    "cannot encode the certificate with serial "
                            + certificate.getSerialNumber().toString(16),
                    e);
        }
    }

    static CertificateInfo read(byte[] derOrPem) throws MalformedInputException {
        return read(CertificateDecoding.decode(derOrPem));
    }

    private static CertificateInfo read(X509CertificateHolder holder) throws MalformedInputException {
        String serial = holder.getSerialNumber().toString(16);
        try {
            return assemble(holder, serial);
        } catch (RuntimeException e) {
            throw new MalformedInputException(
                    "malformed content in the certificate with serial " + serial + ": " + e.getMessage(), e);
        }
    }

    private static CertificateInfo assemble(X509CertificateHolder holder, String serial) {
        X500Name subject = holder.getSubject();
        ExtensionValues extensions = new ExtensionValues(holder.getExtensions());
        List<String> ekus = extensions.extendedKeyUsages();
        List<KeyUsage> keyUsages = extensions.keyUsages();
        String iin = KazakhProfile.iin(DistinguishedNames.values(subject, BCStyle.SERIALNUMBER));
        List<String> binCandidates = new ArrayList<>(DistinguishedNames.values(subject, BCStyle.OU));
        binCandidates.addAll(DistinguishedNames.values(subject, BCStyle.SERIALNUMBER));
        String bin = KazakhProfile.bin(binCandidates);
        String keyOid =
                holder.getSubjectPublicKeyInfo().getAlgorithm().getAlgorithm().getId();
        return new CertificateInfo(
                DistinguishedNames.toRfc4514(subject),
                DistinguishedNames.toRfc4514(holder.getIssuer()),
                serial,
                DistinguishedNames.first(subject, BCStyle.CN),
                DistinguishedNames.first(subject, BCStyle.SURNAME),
                DistinguishedNames.first(subject, BCStyle.GIVENNAME),
                DistinguishedNames.first(subject, BCStyle.O),
                iin,
                bin,
                email(subject, extensions),
                DistinguishedNames.first(subject, BCStyle.C),
                KazakhProfile.subjectType(ekus, iin, bin),
                KazakhProfile.keyPurpose(ekus, keyUsages),
                KazakhProfile.roles(ekus),
                KeyAlgorithm.byKeyOid(keyOid).orElse(null),
                keyOid,
                holder.getSignatureAlgorithm().getAlgorithm().getId(),
                holder.getNotBefore().toInstant(),
                holder.getNotAfter().toInstant(),
                ekus,
                extensions.policies(),
                keyUsages,
                extensions.crlUrls(),
                extensions.deltaCrlUrls(),
                extensions.ocspUrls(),
                extensions.caIssuerUrls(),
                extensions.authorityKeyIdentifier(),
                extensions.subjectKeyIdentifier(),
                extensions.isCa());
    }

    private static String email(X500Name subject, ExtensionValues extensions) {
        String email = DistinguishedNames.first(subject, BCStyle.EmailAddress);
        if (email != null) {
            return email;
        }
        List<String> alternatives = extensions.alternativeEmails();
        return alternatives.isEmpty() ? null : alternatives.get(0);
    }
}
