package kz.qoltanba.signing.cert;

/** Who holds a certificate. The constant names are part of the public API and of the command line's JSON. */
public enum SubjectType {
    /** A natural person (физическое лицо). */
    INDIVIDUAL,
    /** A person acting for an organisation, or the organisation itself (юридическое лицо). */
    LEGAL_ENTITY,
    /** An information system of a legal entity. */
    INFORMATION_SYSTEM
}
