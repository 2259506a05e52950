package kz.qoltanba.portal.procurement.account;

/**
 * One way a new password breaks the policy (R-AUTH-08). Each has its own message key in
 * {@code i18n/procurement_*.properties} ({@code procurement.password.<constant in lower case>}).
 */
public enum PasswordProblem {
    TOO_SHORT,
    TOO_LONG,
    NO_LOWERCASE,
    NO_UPPERCASE,
    NO_DIGIT,
    CONFIRMATION_MISMATCH;

    public String messageKey() {
        return "procurement.password." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
