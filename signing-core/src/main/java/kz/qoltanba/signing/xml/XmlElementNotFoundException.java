package kz.qoltanba.signing.xml;

import kz.qoltanba.signing.SigningException;

/** The element to sign, or the parent for the signature, is absent or not unique in the document. */
public final class XmlElementNotFoundException extends SigningException {
    private static final long serialVersionUID = 1L;

    public XmlElementNotFoundException(String message) {
        super(message);
    }

    public XmlElementNotFoundException(String message, Throwable cause) {
        super(message, cause);
    }
}
