package kz.qoltanba.signing.devpki;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import kz.qoltanba.signing.SignatureCreationException;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.asn1.x509.PolicyQualifierInfo;

/**
 * The extensions of each kind of certificate, copied in shape from NCA RK's: key usage, extended key
 * usage with role OIDs, the {@code 1.2.398.3.3.2} policy with a CPS pointer, CRL distribution point,
 * freshest CRL (delta) and AIA (OCSP and CA issuers), all pointing at the development servers.
 */
final class CertificateProfiles {
    private static final String ROOT_POLICY = "1.2.398.3.1.2";
    private static final String NCA_POLICY = "1.2.398.3.3.2";

    private final Endpoints endpoints;
    private final KeyAlgorithm algorithm;

    CertificateProfiles(Endpoints endpoints, KeyAlgorithm algorithm) {
        this.endpoints = endpoints;
        this.algorithm = algorithm;
    }

    List<Extension> root() throws SignatureCreationException {
        List<Extension> extensions = new ArrayList<>();
        add(extensions, Extension.basicConstraints, true, new BasicConstraints(true));
        add(extensions, Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        add(extensions, Extension.certificatePolicies, false, policies(ROOT_POLICY));
        return extensions;
    }

    List<Extension> intermediate() throws SignatureCreationException {
        List<Extension> extensions = new ArrayList<>();
        add(extensions, Extension.basicConstraints, true, new BasicConstraints(0));
        add(extensions, Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        add(
                extensions,
                Extension.cRLDistributionPoints,
                false,
                distributionPoint(
                        endpoints.crl(algorithm, Endpoints.CaRole.ROOT).toString()));
        add(
                extensions,
                Extension.authorityInfoAccess,
                false,
                new AuthorityInformationAccess(new AccessDescription(
                        AccessDescription.id_ad_caIssuers,
                        uri(endpoints
                                .certificate(algorithm, Endpoints.CaRole.ROOT)
                                .toString()))));
        add(extensions, Extension.certificatePolicies, false, policies(NCA_POLICY));
        return extensions;
    }

    /** A persona's certificate, issued by the CA in {@code issuerRole}. */
    List<Extension> persona(Persona persona, Endpoints.CaRole issuerRole) throws SignatureCreationException {
        List<Extension> extensions = new ArrayList<>();
        List<KeyPurposeId> purposes = new ArrayList<>(purposes(persona.usage()));
        persona.roleOids().forEach(oid -> purposes.add(KeyPurposeId.getInstance(new ASN1ObjectIdentifier(oid))));
        if (!purposes.isEmpty()) {
            add(
                    extensions,
                    Extension.extendedKeyUsage,
                    persona.usage() == Persona.Usage.TIME_STAMPING,
                    new ExtendedKeyUsage(purposes.toArray(KeyPurposeId[]::new)));
        }
        add(extensions, Extension.certificatePolicies, false, policies(NCA_POLICY));
        add(
                extensions,
                Extension.cRLDistributionPoints,
                false,
                distributionPoint(endpoints.crl(algorithm, issuerRole).toString()));
        add(
                extensions,
                Extension.freshestCRL,
                false,
                distributionPoint(endpoints.deltaCrl(algorithm, issuerRole).toString()));
        add(extensions, Extension.keyUsage, true, new KeyUsage(keyUsage(persona.usage())));
        add(extensions, Extension.authorityInfoAccess, false, new AuthorityInformationAccess(new AccessDescription[] {
            new AccessDescription(
                    AccessDescription.id_ad_caIssuers,
                    uri(endpoints.certificate(algorithm, issuerRole).toString())),
            new AccessDescription(
                    AccessDescription.id_ad_ocsp, uri(endpoints.ocsp(algorithm).toString()))
        }));
        if (persona.usage() == Persona.Usage.OCSP_SIGNING) {
            add(extensions, OCSPObjectIdentifiers.id_pkix_ocsp_nocheck, false, DERNull.INSTANCE);
        }
        return extensions;
    }

    private static List<KeyPurposeId> purposes(Persona.Usage usage) {
        return switch (usage) {
            case AUTH -> List.of(KeyPurposeId.id_kp_clientAuth);
            case SIGN -> List.of(KeyPurposeId.id_kp_emailProtection);
            case SYSTEM -> List.of();
            case TIME_STAMPING -> List.of(KeyPurposeId.id_kp_timeStamping);
            case OCSP_SIGNING -> List.of(KeyPurposeId.id_kp_OCSPSigning);
        };
    }

    private int keyUsage(Persona.Usage usage) {
        int agreement = algorithm.isGost() ? KeyUsage.keyAgreement : 0;
        return switch (usage) {
            case AUTH -> KeyUsage.digitalSignature | KeyUsage.keyEncipherment;
            case SIGN, SYSTEM -> KeyUsage.digitalSignature | KeyUsage.nonRepudiation | agreement;
            case TIME_STAMPING -> KeyUsage.digitalSignature | KeyUsage.nonRepudiation;
            case OCSP_SIGNING -> KeyUsage.digitalSignature;
        };
    }

    private CertificatePolicies policies(String policy) {
        PolicyQualifierInfo cps = new PolicyQualifierInfo(endpoints.cps().toString());
        return new CertificatePolicies(new PolicyInformation(new ASN1ObjectIdentifier(policy), new DERSequence(cps)));
    }

    private static CRLDistPoint distributionPoint(String url) {
        return new CRLDistPoint(new DistributionPoint[] {
            new DistributionPoint(new DistributionPointName(new GeneralNames(uri(url))), null, null)
        });
    }

    private static GeneralName uri(String url) {
        return new GeneralName(GeneralName.uniformResourceIdentifier, url);
    }

    private static void add(List<Extension> extensions, ASN1ObjectIdentifier oid, boolean critical, ASN1Encodable value)
            throws SignatureCreationException {
        try {
            extensions.add(new Extension(oid, critical, value.toASN1Primitive().getEncoded()));
        } catch (IOException e) {
            throw new SignatureCreationException("cannot encode extension " + oid, e);
        }
    }
}
