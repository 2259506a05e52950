package kz.qoltanba.portal.login;

import java.util.Objects;

/**
 * A refused certificate login. {@link #messageKey()} names the sentence in the user's language; for {@link
 * LoginRefusal#SIGNATURE_REFUSED} and {@link LoginRefusal#NO_ACCOUNT} the key comes from the signature check or
 * from the area. {@link #getMessage()} is the detail for the log.
 */
public final class LoginRefusedException extends Exception {
    private static final long serialVersionUID = 1L;

    private final LoginRefusal refusal;
    private final String messageKey;

    public LoginRefusedException(LoginRefusal refusal, String detail) {
        this(refusal, refusal.messageKey(), detail);
    }

    public LoginRefusedException(LoginRefusal refusal, String messageKey, String detail) {
        super(refusal + ": " + detail);
        this.refusal = Objects.requireNonNull(refusal, "refusal");
        this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
    }

    public LoginRefusal refusal() {
        return refusal;
    }

    public String messageKey() {
        return messageKey;
    }
}
