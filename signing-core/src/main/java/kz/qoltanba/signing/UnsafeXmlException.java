package kz.qoltanba.signing;

/**
 * XML refused because it could attack the parser: a DOCTYPE declaration, and with it entity expansion
 * (billion laughs) and external entities (XXE). Such documents are never parsed, whatever they contain.
 */
public final class UnsafeXmlException extends SigningException {
    private static final long serialVersionUID = 1L;

    public UnsafeXmlException(String message) {
        super(message);
    }

    public UnsafeXmlException(String message, Throwable cause) {
        super(message, cause);
    }
}
