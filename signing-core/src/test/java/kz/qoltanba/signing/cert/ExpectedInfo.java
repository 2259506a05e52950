package kz.qoltanba.signing.cert;

import java.time.Instant;
import java.util.List;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;

/**
 * A hand-written expectation for one fixture certificate, transcribed from {@code openssl x509 -text
 * -noout -nameopt utf8,sep_comma_plus} (and {@code -nameopt RFC2253,-esc_msb} for the DN strings, with
 * openssl's SN/GN/serialNumber/businessCategory spelled SURNAME/GIVENNAME/SERIALNUMBER/BUSINESSCATEGORY).
 * Group defaults hold what openssl prints identically for every certificate of a group.
 */
final class ExpectedInfo {
    String file;
    String subjectDn;
    String issuerDn;
    String serial;
    String commonName;
    String surname;
    String givenName;
    String organization;
    String iin;
    String bin;
    String country = "KZ";
    SubjectType subjectType;
    KeyPurpose keyPurpose;
    List<Role> roles = List.of();
    KeyAlgorithm keyAlgorithm;
    String keyAlgorithmOid;
    String signatureAlgorithmOid;
    Instant notBefore;
    Instant notAfter;
    List<String> ekus = List.of();
    List<String> policies = List.of();
    List<KeyUsage> keyUsages = List.of();
    List<String> crlUrls = List.of();
    List<String> deltaCrlUrls = List.of();
    List<String> ocspUrls = List.of();
    List<String> caIssuerUrls = List.of();
    String aki;
    String ski;
    boolean isCa;

    ExpectedInfo file(String value) {
        file = value;
        return this;
    }

    ExpectedInfo serial(String value) {
        serial = value;
        return this;
    }

    ExpectedInfo validity(String from, String to) {
        notBefore = Instant.parse(from);
        notAfter = Instant.parse(to);
        return this;
    }

    ExpectedInfo subject(String dn, String cn, String sn, String gn, String o, String iinValue, String binValue) {
        subjectDn = dn;
        commonName = cn;
        surname = sn;
        givenName = gn;
        organization = o;
        iin = iinValue;
        bin = binValue;
        return this;
    }

    ExpectedInfo profile(SubjectType type, KeyPurpose purpose, List<Role> roleList, List<String> ekuList) {
        subjectType = type;
        keyPurpose = purpose;
        roles = roleList;
        ekus = ekuList;
        return this;
    }

    ExpectedInfo keyUsages(KeyUsage... values) {
        keyUsages = List.of(values);
        return this;
    }

    ExpectedInfo policies(String... values) {
        policies = List.of(values);
        return this;
    }

    ExpectedInfo keyIds(String authority, String subject) {
        aki = authority;
        ski = subject;
        return this;
    }

    ExpectedInfo algorithm(KeyAlgorithm family, String keyOid, String signatureOid) {
        keyAlgorithm = family;
        keyAlgorithmOid = keyOid;
        signatureAlgorithmOid = signatureOid;
        return this;
    }

    ExpectedInfo issuer(String dn, String crl, String deltaCrl, String ocsp, String caIssuer) {
        issuerDn = dn;
        crlUrls = crl == null ? List.of() : List.of(crl);
        deltaCrlUrls = deltaCrl == null ? List.of() : List.of(deltaCrl);
        ocspUrls = ocsp == null ? List.of() : List.of(ocsp);
        caIssuerUrls = caIssuer == null ? List.of() : List.of(caIssuer);
        return this;
    }

    ExpectedInfo ca() {
        isCa = true;
        return this;
    }

    CertificateInfo toInfo() {
        return new CertificateInfo(
                subjectDn,
                issuerDn,
                serial,
                commonName,
                surname,
                givenName,
                organization,
                iin,
                bin,
                null,
                country,
                subjectType,
                keyPurpose,
                roles,
                keyAlgorithm,
                keyAlgorithmOid,
                signatureAlgorithmOid,
                notBefore,
                notAfter,
                ekus,
                policies,
                keyUsages,
                crlUrls,
                deltaCrlUrls,
                ocspUrls,
                caIssuerUrls,
                aki,
                ski,
                isCa);
    }

    @Override
    public String toString() {
        return file;
    }
}
