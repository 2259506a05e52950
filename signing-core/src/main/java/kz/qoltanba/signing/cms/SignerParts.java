package kz.qoltanba.signing.cms;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import kz.qoltanba.signing.MalformedInputException;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.algorithm.Signatures;
import kz.qoltanba.signing.token.KeyEntry;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.IssuerAndSerialNumber;
import org.bouncycastle.asn1.cms.SignerIdentifier;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;

/**
 * What every signature of one key shares, worked out once per {@link CmsSigner}: the key family's profile,
 * the signer identifier, the signingCertificateV2 value (ESSCertIDv2 with SHA-256 over the certificate) and the
 * certificates to embed (as a list, and as the sorted DER set a new SignedData carries). All of it is immutable
 * ASN.1 made from the certificates; none of it is secret.
 */
record SignerParts(
        SignerProfile profile,
        SignerIdentifier signerIdentifier,
        SigningCertificateV2 signingCertificate,
        List<Certificate> certificates,
        ASN1Set certificateSet) {

    SignerParts {
        certificates = List.copyOf(certificates);
    }

    /** The parts of {@code key}; {@code includeChain} embeds its whole chain, else the signer certificate alone. */
    static SignerParts of(KeyEntry key, boolean includeChain) throws SigningException {
        SignerProfile profile = SignerProfile.of(Signatures.algorithmOf(key.privateKey()));
        try {
            byte[] encoded = key.certificate().getEncoded();
            Certificate signer = Certificate.getInstance(encoded);
            SignerIdentifier identifier = new SignerIdentifier(new IssuerAndSerialNumber(signer));
            IssuerSerial issuerSerial = new IssuerSerial(
                    new GeneralNames(new GeneralName(signer.getIssuer())),
                    signer.getSerialNumber().getValue());
            SigningCertificateV2 signingCertificate = new SigningCertificateV2(new ESSCertIDv2(
                    new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), sha256(encoded), issuerSerial));
            List<Certificate> embedded = embedded(key, signer, includeChain);
            // DER sorts a SET OF by the elements' encodings: done here once, not for every SignedData
            ASN1Set set = new DERSet(embedded.toArray(new ASN1Encodable[0]));
            return new SignerParts(profile, identifier, signingCertificate, embedded, set);
        } catch (CertificateEncodingException | IllegalArgumentException e) {
            throw new MalformedInputException("cannot encode the certificates of " + key.alias(), e);
        }
    }

    /** The certificates to embed, as ASN.1: the chain (leaf first) or the signer certificate alone. */
    private static List<Certificate> embedded(KeyEntry key, Certificate signer, boolean includeChain)
            throws CertificateEncodingException {
        List<X509Certificate> chosen =
                includeChain && !key.chain().isEmpty() ? key.chain() : List.of(key.certificate());
        List<Certificate> out = new ArrayList<>();
        if (!chosen.contains(key.certificate())) {
            out.add(signer);
        }
        for (X509Certificate certificate : chosen) {
            out.add(certificate.equals(key.certificate()) ? signer : Certificate.getInstance(certificate.getEncoded()));
        }
        return out;
    }

    private static byte[] sha256(byte[] encoded) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(encoded);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
