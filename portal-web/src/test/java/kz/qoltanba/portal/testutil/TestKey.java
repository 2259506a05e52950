package kz.qoltanba.portal.testutil;

/**
 * The keys of the portal's tests, named after the fixtures of the specification (§7.0): holders, organisations
 * and key purposes. Each maps to a development PKI persona or to an extra certificate its issuing CA signs.
 */
public enum TestKey {
    /** ТОО «МедТехСервис» (BIN 180540012345), Ахметов Ерлан (IIN 850101300111): authentication, RSA. */
    TSR1_AUTH,
    /** The same holder's legal-entity signing key, RSA. */
    TSR1_SIGN,
    /** The same holder's legal-entity signing key, GOST 2015/512. */
    TSR1_SIGN_GOST,
    /** The same person as an individual: authentication. */
    TSR1_IND_AUTH,
    /** The same person as an individual: signing. */
    TSR1_IND_SIGN,
    /** The same person as an employee of ТОО «СоцПакет» (BIN 190640023456): signing. */
    TSR1_ALT_SIGN,
    /** ТОО «СоцПакет» (BIN 190640023456), Сейткали Айгерим (IIN 900202400222): signing. */
    GSP1_SIGN,
    /** ТОО «СоцПакет»: authentication. */
    GSP1_AUTH,
    /** An individual's signing key revoked for key compromise (persona REVOKED, IIN 880309300339). */
    REVOKED,
    /** An individual's signing key that expired (persona EXPIRED). */
    EXPIRED,
    /** An individual's signing key from a root nobody trusts (persona UNTRUSTED). */
    UNTRUSTED
}
