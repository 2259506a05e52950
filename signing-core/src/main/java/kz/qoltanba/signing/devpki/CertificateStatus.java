package kz.qoltanba.signing.devpki;

/** What the development PKI's CAs know about a certificate at an instant. */
public enum CertificateStatus {
    GOOD,
    REVOKED,
    /** Not issued by any CA of this PKI. */
    UNKNOWN
}
