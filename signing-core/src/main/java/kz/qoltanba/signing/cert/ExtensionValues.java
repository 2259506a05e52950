package kz.qoltanba.signing.cert;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.util.encoders.Hex;

/**
 * The extension values a certificate profile needs, decoded with Bouncy Castle's ASN.1 classes. Malformed
 * extension contents surface as the runtime exceptions Bouncy Castle throws; the caller turns them into a
 * typed error.
 */
final class ExtensionValues {
    /** Bouncy Castle's key usage bits, indexed by {@link KeyUsage#ordinal()}. */
    private static final int[] KEY_USAGE_BITS = {
        org.bouncycastle.asn1.x509.KeyUsage.digitalSignature,
        org.bouncycastle.asn1.x509.KeyUsage.nonRepudiation,
        org.bouncycastle.asn1.x509.KeyUsage.keyEncipherment,
        org.bouncycastle.asn1.x509.KeyUsage.dataEncipherment,
        org.bouncycastle.asn1.x509.KeyUsage.keyAgreement,
        org.bouncycastle.asn1.x509.KeyUsage.keyCertSign,
        org.bouncycastle.asn1.x509.KeyUsage.cRLSign,
        org.bouncycastle.asn1.x509.KeyUsage.encipherOnly,
        org.bouncycastle.asn1.x509.KeyUsage.decipherOnly
    };

    private final Extensions extensions;

    /** {@code extensions} may be null (a version 1 certificate). */
    ExtensionValues(Extensions extensions) {
        this.extensions = extensions;
    }

    List<String> extendedKeyUsages() {
        ExtendedKeyUsage eku = ExtendedKeyUsage.fromExtensions(extensions);
        List<String> result = new ArrayList<>();
        if (eku != null) {
            for (KeyPurposeId usage : eku.getUsages()) {
                result.add(usage.getId());
            }
        }
        return result;
    }

    List<KeyUsage> keyUsages() {
        org.bouncycastle.asn1.x509.KeyUsage bits = org.bouncycastle.asn1.x509.KeyUsage.fromExtensions(extensions);
        List<KeyUsage> result = new ArrayList<>();
        if (bits != null) {
            for (KeyUsage usage : KeyUsage.values()) {
                if (bits.hasUsages(KEY_USAGE_BITS[usage.ordinal()])) {
                    result.add(usage);
                }
            }
        }
        return result;
    }

    List<String> policies() {
        CertificatePolicies policies = CertificatePolicies.fromExtensions(extensions);
        List<String> result = new ArrayList<>();
        if (policies != null) {
            for (PolicyInformation policy : policies.getPolicyInformation()) {
                result.add(policy.getPolicyIdentifier().getId());
            }
        }
        return result;
    }

    List<String> crlUrls() {
        return distributionPointUrls(CRLDistPoint.fromExtensions(extensions));
    }

    List<String> deltaCrlUrls() {
        return distributionPointUrls(
                CRLDistPoint.getInstance(Extensions.getExtensionParsedValue(extensions, Extension.freshestCRL)));
    }

    List<String> ocspUrls() {
        return accessUrls(AccessDescription.id_ad_ocsp);
    }

    List<String> caIssuerUrls() {
        return accessUrls(AccessDescription.id_ad_caIssuers);
    }

    /** rfc822Name entries of Subject Alternative Name. */
    List<String> alternativeEmails() {
        GeneralNames names = GeneralNames.fromExtensions(extensions, Extension.subjectAlternativeName);
        List<String> result = new ArrayList<>();
        if (names != null) {
            for (GeneralName name : names.getNames()) {
                if (name.getTagNo() == GeneralName.rfc822Name) {
                    result.add(((ASN1String) name.getName()).getString());
                }
            }
        }
        return result;
    }

    String authorityKeyIdentifier() {
        AuthorityKeyIdentifier aki = AuthorityKeyIdentifier.fromExtensions(extensions);
        return aki == null || aki.getKeyIdentifier() == null ? null : Hex.toHexString(aki.getKeyIdentifier());
    }

    String subjectKeyIdentifier() {
        SubjectKeyIdentifier ski = SubjectKeyIdentifier.fromExtensions(extensions);
        return ski == null ? null : Hex.toHexString(ski.getKeyIdentifier());
    }

    boolean isCa() {
        BasicConstraints constraints = BasicConstraints.fromExtensions(extensions);
        return constraints != null && constraints.isCA();
    }

    private List<String> accessUrls(ASN1ObjectIdentifier method) {
        AuthorityInformationAccess access = AuthorityInformationAccess.fromExtensions(extensions);
        Set<String> result = new LinkedHashSet<>();
        if (access != null) {
            for (AccessDescription description : access.getAccessDescriptions()) {
                if (description.getAccessMethod().equals(method)) {
                    addUri(result, description.getAccessLocation());
                }
            }
        }
        return List.copyOf(result);
    }

    private static List<String> distributionPointUrls(CRLDistPoint points) {
        Set<String> result = new LinkedHashSet<>();
        if (points != null) {
            for (DistributionPoint point : points.getDistributionPoints()) {
                DistributionPointName name = point.getDistributionPoint();
                if (name != null && name.getType() == DistributionPointName.FULL_NAME) {
                    for (GeneralName general :
                            GeneralNames.getInstance(name.getName()).getNames()) {
                        addUri(result, general);
                    }
                }
            }
        }
        return List.copyOf(result);
    }

    private static void addUri(Set<String> urls, GeneralName name) {
        if (name.getTagNo() == GeneralName.uniformResourceIdentifier) {
            urls.add(((ASN1String) name.getName()).getString());
        }
    }
}
