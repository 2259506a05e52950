package kz.qoltanba.signing.validation;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.cert.X509Certificate;
import java.security.cert.X509Extension;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;

/** OCSP, CRL and delta-CRL URLs named in certificates and CRLs. */
final class RevocationUrls {
    private RevocationUrls() {}

    static List<URI> ocsp(X509Certificate certificate) {
        List<URI> out = new ArrayList<>();
        byte[] value = certificate.getExtensionValue(Extension.authorityInfoAccess.getId());
        if (value == null) {
            return out;
        }
        try {
            AuthorityInformationAccess aia = AuthorityInformationAccess.getInstance(
                    ASN1OctetString.getInstance(value).getOctets());
            for (AccessDescription description : aia.getAccessDescriptions()) {
                if (AccessDescription.id_ad_ocsp.equals(description.getAccessMethod())) {
                    addUri(out, description.getAccessLocation());
                }
            }
        } catch (RuntimeException e) {
            // a malformed extension names no URL
        }
        return out;
    }

    static List<URI> crl(X509Certificate certificate) {
        return distributionPoints(certificate, Extension.cRLDistributionPoints.getId());
    }

    /** The freshestCRL (delta CRL) locations of a certificate or a base CRL. */
    static List<URI> deltas(X509Extension holder) {
        return distributionPoints(holder, Extension.freshestCRL.getId());
    }

    private static List<URI> distributionPoints(X509Extension holder, String oid) {
        List<URI> out = new ArrayList<>();
        byte[] value = holder.getExtensionValue(oid);
        if (value == null) {
            return out;
        }
        try {
            CRLDistPoint points =
                    CRLDistPoint.getInstance(ASN1OctetString.getInstance(value).getOctets());
            for (DistributionPoint point : points.getDistributionPoints()) {
                DistributionPointName name = point.getDistributionPoint();
                if (name != null && name.getType() == DistributionPointName.FULL_NAME) {
                    for (GeneralName general :
                            GeneralNames.getInstance(name.getName()).getNames()) {
                        addUri(out, general);
                    }
                }
            }
        } catch (RuntimeException e) {
            // a malformed extension names no URL
        }
        return out;
    }

    private static void addUri(List<URI> out, GeneralName name) {
        if (name.getTagNo() != GeneralName.uniformResourceIdentifier) {
            return;
        }
        try {
            out.add(new URI(((ASN1String) name.getName()).getString()));
        } catch (URISyntaxException e) {
            // skipped
        }
    }
}
