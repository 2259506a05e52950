package kz.qoltanba.portal.signing;

/** Which kind of certificate holder an action needs. */
public enum SubjectKind {
    /** A natural person's certificate (OID 1.2.398.3.3.4.1.1). */
    INDIVIDUAL,
    /** A legal entity's certificate (OID 1.2.398.3.3.4.1.2 and a BIN). */
    LEGAL,
    /** Either. */
    ANY
}
