package kz.qoltanba.signing.cert;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import kz.qoltanba.signing.MalformedInputException;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;

/**
 * What one X.509 certificate says, read with the Kazakh NCA rules (see {@code kz-pki.md} §1). Works for
 * any certificate: fields a certificate does not carry are {@code null} (single values) or empty (lists).
 *
 * @param subjectDn subject as an RFC 4514 string (last RDN first, UTF-8 text unescaped); attribute names
 *     are the RFC 4514 keywords plus {@code SURNAME}, {@code GIVENNAME}, {@code SERIALNUMBER}, {@code
 *     EMAILADDRESS}, {@code BUSINESSCATEGORY}; other attributes appear as dotted OIDs
 * @param issuerDn issuer, in the same form as {@code subjectDn}
 * @param serialNumber serial number as lower-case hexadecimal without separators or leading zeros
 * @param commonName CN (for people: surname and first name)
 * @param surname SURNAME (2.5.4.4)
 * @param givenName GIVENNAME (2.5.4.42), which NCA uses for the <em>patronymic</em>
 * @param organization O
 * @param iin the 12 digits of an {@code IIN…} SERIALNUMBER, or null
 * @param bin the 12 digits of a {@code BIN…} OU (or SERIALNUMBER), or null
 * @param email the subject's e-mail (E attribute, else the first rfc822Name alternative name), or null
 * @param country C
 * @param subjectType holder type by the project's rule, or null when no rule applies (CAs, foreign
 *     certificates)
 * @param keyPurpose key purpose by the project's rule, or null when neither EKU nor key usage decides
 * @param roles NCA roles found in Extended Key Usage, in declaration order of {@link Role}
 * @param keyAlgorithm algorithm family of the subject public key, or null when the library does not
 *     support it
 * @param keyAlgorithmOid OID of the subject public key algorithm
 * @param signatureAlgorithmOid OID of the algorithm the issuer signed the certificate with
 * @param notBefore start of validity
 * @param notAfter end of validity
 * @param extendedKeyUsages EKU OIDs in certificate order
 * @param policies certificate policy OIDs in certificate order
 * @param keyUsages key usage bits set, in bit order
 * @param crlUrls URLs of the CRL distribution points
 * @param deltaCrlUrls URLs of the Freshest CRL (delta CRL) distribution points
 * @param ocspUrls OCSP responder URLs from Authority Information Access (duplicates removed)
 * @param caIssuerUrls issuer certificate URLs from Authority Information Access (duplicates removed)
 * @param authorityKeyIdentifier key identifier of the Authority Key Identifier, lower-case hex, or null
 * @param subjectKeyIdentifier Subject Key Identifier, lower-case hex, or null
 * @param isCa whether Basic Constraints marks the certificate as a CA
 */
public record CertificateInfo(
        String subjectDn,
        String issuerDn,
        String serialNumber,
        String commonName,
        String surname,
        String givenName,
        String organization,
        String iin,
        String bin,
        String email,
        String country,
        SubjectType subjectType,
        KeyPurpose keyPurpose,
        List<Role> roles,
        KeyAlgorithm keyAlgorithm,
        String keyAlgorithmOid,
        String signatureAlgorithmOid,
        Instant notBefore,
        Instant notAfter,
        List<String> extendedKeyUsages,
        List<String> policies,
        List<KeyUsage> keyUsages,
        List<String> crlUrls,
        List<String> deltaCrlUrls,
        List<String> ocspUrls,
        List<String> caIssuerUrls,
        String authorityKeyIdentifier,
        String subjectKeyIdentifier,
        boolean isCa) {

    public CertificateInfo {
        Objects.requireNonNull(subjectDn, "subjectDn");
        Objects.requireNonNull(issuerDn, "issuerDn");
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(keyAlgorithmOid, "keyAlgorithmOid");
        Objects.requireNonNull(signatureAlgorithmOid, "signatureAlgorithmOid");
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(notAfter, "notAfter");
        roles = List.copyOf(roles);
        extendedKeyUsages = List.copyOf(extendedKeyUsages);
        policies = List.copyOf(policies);
        keyUsages = List.copyOf(keyUsages);
        crlUrls = List.copyOf(crlUrls);
        deltaCrlUrls = List.copyOf(deltaCrlUrls);
        ocspUrls = List.copyOf(ocspUrls);
        caIssuerUrls = List.copyOf(caIssuerUrls);
    }

    /** Reads a certificate. */
    public static CertificateInfo of(X509Certificate certificate) throws MalformedInputException {
        return CertificateReader.read(certificate);
    }

    /** Reads a certificate given as DER, PEM ({@code -----BEGIN CERTIFICATE-----}) or bare base64. */
    public static CertificateInfo parse(byte[] derOrPem) throws MalformedInputException {
        return CertificateReader.read(derOrPem);
    }

    /** Whether {@code instant} lies within notBefore..notAfter, both ends included (as RFC 5280 says). */
    public boolean isValidAt(Instant instant) {
        return !instant.isBefore(notBefore) && !instant.isAfter(notAfter);
    }

    /** Whether the key may be used for {@code wanted} (see {@link KeyPurpose#permits}). */
    public boolean permits(KeyPurpose wanted) {
        return keyPurpose != null && keyPurpose.permits(wanted);
    }
}
