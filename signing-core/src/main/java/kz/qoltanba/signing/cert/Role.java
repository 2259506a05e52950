package kz.qoltanba.signing.cert;

import java.util.Arrays;
import java.util.Optional;

/**
 * The roles NCA RK writes into Extended Key Usage. The constant names are part of the public API and of
 * the command line's JSON.
 */
public enum Role {
    /** Individual (физическое лицо). */
    INDIVIDUAL("1.2.398.3.3.4.1.1"),
    /** Legal entity (юридическое лицо). */
    LEGAL_ENTITY("1.2.398.3.3.4.1.2"),
    /** First head of the organisation (первый руководитель). */
    HEAD("1.2.398.3.3.4.1.2.1"),
    /** Person with the right to sign (право подписи). */
    SIGNING_RIGHT("1.2.398.3.3.4.1.2.2"),
    /** Right to sign financial documents. */
    FINANCE("1.2.398.3.3.4.1.2.3"),
    /** Human-resources employee. */
    HR("1.2.398.3.3.4.1.2.4"),
    /** Employee of the organisation (сотрудник). */
    EMPLOYEE("1.2.398.3.3.4.1.2.5"),
    /** Information system of a legal entity. */
    INFORMATION_SYSTEM("1.2.398.3.3.4.1.2.6"),
    /** Client of the treasury. */
    TREASURY_CLIENT("1.2.398.5.19.1.2.2.1");

    private final String oid;

    Role(String oid) {
        this.oid = oid;
    }

    /** The Extended Key Usage OID that carries this role. */
    public String oid() {
        return oid;
    }

    /** The role an Extended Key Usage OID stands for, if it is one of NCA's. */
    public static Optional<Role> byOid(String oid) {
        return Arrays.stream(values()).filter(r -> r.oid.equals(oid)).findFirst();
    }
}
