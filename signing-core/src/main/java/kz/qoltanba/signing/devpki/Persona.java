package kz.qoltanba.signing.devpki;

import java.util.List;
import java.util.Optional;

/**
 * The certificate holders of the development PKI, shaped like the certificates NCA RK issues: subject
 * attributes, key usage, extended key usage with the {@code 1.2.398.3.3.4.1.x} role OIDs. Validity is
 * relative to the PKI's clock: current personas are valid from 30 days before "now" for a year.
 *
 * <p>Development stand-ins only: the names, IINs and BINs are invented (with valid check digits).
 */
public enum Persona {
    /** An individual's authentication key (clientAuth). */
    INDIVIDUAL_AUTH(
            Subject.individual("САТПАЕВА", "АЙГЕРИМ", "НУРЛАНОВНА", "900101400122"),
            Usage.AUTH,
            Period.CURRENT,
            Persona.INDIVIDUAL),
    /** The same individual's signing key (emailProtection). */
    INDIVIDUAL_SIGN(
            Subject.individual("САТПАЕВА", "АЙГЕРИМ", "НУРЛАНОВНА", "900101400122"),
            Usage.SIGN,
            Period.CURRENT,
            Persona.INDIVIDUAL),
    /** The first head of a legal entity. */
    LEGAL_HEAD(
            Subject.employee("ЖАКСЫБЕКОВ", "ЕРЛАН", "СЕРИКОВИЧ", "850715300459", Persona.ORGANISATION, Persona.BIN),
            Usage.SIGN,
            Period.CURRENT,
            Persona.LEGAL,
            Persona.HEAD),
    /** An employee of the legal entity without signing right. */
    LEGAL_EMPLOYEE(
            Subject.employee("ИВАНОВА", "МАРИЯ", "ПЕТРОВНА", "920403401017", Persona.ORGANISATION, Persona.BIN),
            Usage.SIGN,
            Period.CURRENT,
            Persona.LEGAL,
            Persona.EMPLOYEE),
    /** An employee of the legal entity with the right to sign. */
    LEGAL_SIGNING_RIGHT(
            Subject.employee("ОМАРОВ", "ДАНИЯР", "АСКАРОВИЧ", "781122300780", Persona.ORGANISATION, Persona.BIN),
            Usage.SIGN,
            Period.CURRENT,
            Persona.LEGAL,
            Persona.SIGNING_RIGHT),
    /** An information system of the legal entity ({@code CN="ИС …"}, role {@code 1.2.398.3.3.4.1.2.6}). */
    INFORMATION_SYSTEM(
            Subject.system("ИС \"ДЕВ ТЕСТ\"", Persona.ORGANISATION, Persona.BIN),
            Usage.SYSTEM,
            Period.CURRENT,
            Persona.LEGAL,
            Persona.INFORMATION_SYSTEM_ROLE),
    /** An individual's signing key, revoked (key compromise) one day before the PKI was generated. */
    REVOKED(
            Subject.individual("ЕСЕНОВ", "АСХАТ", "МАРАТОВИЧ", "880309300339"),
            Usage.SIGN,
            Period.CURRENT,
            Persona.INDIVIDUAL),
    /** An individual's signing key that expired 35 days before the clock's "now". */
    EXPIRED(
            Subject.individual("АХМЕТОВА", "ДИНАРА", "БОЛАТОВНА", "951220400677"),
            Usage.SIGN,
            Period.EXPIRED,
            Persona.INDIVIDUAL),
    /** An individual's signing key valid only from 30 days after the clock's "now". */
    NOT_YET_VALID(
            Subject.individual("КИМ", "ВИКТОР", "СЕРГЕЕВИЧ", "990606300118"),
            Usage.SIGN,
            Period.NOT_YET_VALID,
            Persona.INDIVIDUAL),
    /**
     * An authentication-only key (keyUsage digitalSignature + keyEncipherment, EKU clientAuth): the key
     * offered where a signing key is required.
     */
    WRONG_PURPOSE(
            Subject.individual("НУРЛАНОВ", "АЛИХАН", "ЕРЖАНОВИЧ", "030217500226"),
            Usage.AUTH,
            Period.CURRENT,
            Persona.INDIVIDUAL),
    /** An individual's signing key issued by a separate root that no trust store contains. */
    UNTRUSTED(
            Subject.individual("СЕРИКОВ", "БЕРИК", "ОРАЛОВИЧ", "870114300347"),
            Usage.SIGN,
            Period.CURRENT,
            Persona.INDIVIDUAL),
    /** The time-stamp authority's key (EKU timeStamping, critical). */
    TSA(Subject.system("DEV TSA", "ДЕВ ПКИ", Persona.PKI_BIN), Usage.TIME_STAMPING, Period.CURRENT),
    /** The delegated OCSP responder of the intermediate (EKU OCSPSigning, id-pkix-ocsp-nocheck). */
    OCSP_RESPONDER(
            Subject.system("DEV OCSP RESPONDER", "ДЕВ ПКИ", Persona.PKI_BIN), Usage.OCSP_SIGNING, Period.CURRENT);

    private static final String ORGANISATION = "ТОО \"ДЕВ ТЕСТ\"";
    private static final String BIN = "210540001207";
    private static final String PKI_BIN = "870114003401";
    private static final String INDIVIDUAL = "1.2.398.3.3.4.1.1";
    private static final String LEGAL = "1.2.398.3.3.4.1.2";
    private static final String HEAD = "1.2.398.3.3.4.1.2.1";
    private static final String SIGNING_RIGHT = "1.2.398.3.3.4.1.2.2";
    private static final String EMPLOYEE = "1.2.398.3.3.4.1.2.5";
    private static final String INFORMATION_SYSTEM_ROLE = "1.2.398.3.3.4.1.2.6";

    /** What the key is for: decides key usage and the non-role EKUs. */
    enum Usage {
        AUTH,
        SIGN,
        SYSTEM,
        TIME_STAMPING,
        OCSP_SIGNING
    }

    /** Where the validity period lies relative to the clock's "now". */
    enum Period {
        CURRENT,
        EXPIRED,
        NOT_YET_VALID
    }

    private final Subject subject;
    private final Usage usage;
    private final Period period;
    private final List<String> roles;

    Persona(Subject subject, Usage usage, Period period, String... roles) {
        this.subject = subject;
        this.usage = usage;
        this.period = period;
        this.roles = List.of(roles);
    }

    /** The holder's IIN (12 digits), if the certificate names a person. */
    public Optional<String> iin() {
        return Optional.ofNullable(subject.iin());
    }

    /** The organisation's BIN (12 digits), if the certificate names one. */
    public Optional<String> bin() {
        return Optional.ofNullable(subject.bin());
    }

    /** The subject's common name as written in the certificate. */
    public String commonName() {
        return subject.commonName();
    }

    /** The role OIDs ({@code 1.2.398.3.3.4.1.x}) the certificate carries in its extended key usage. */
    public List<String> roleOids() {
        return roles;
    }

    Subject subject() {
        return subject;
    }

    Usage usage() {
        return usage;
    }

    Period period() {
        return period;
    }

    boolean issuedByUntrustedRoot() {
        return this == UNTRUSTED;
    }
}
