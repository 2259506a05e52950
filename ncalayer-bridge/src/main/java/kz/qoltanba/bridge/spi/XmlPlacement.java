package kz.qoltanba.bridge.spi;

import java.util.Objects;

/**
 * Where an XML signature goes: which element it signs and under which element it is placed.
 *
 * @param signedElementXPath XPath of the element to sign; empty = the whole document ({@code Reference URI=""})
 * @param signatureParentXPath XPath of the element the {@code ds:Signature} is appended to; empty = the root
 */
public record XmlPlacement(String signedElementXPath, String signatureParentXPath) {
    public XmlPlacement {
        Objects.requireNonNull(signedElementXPath, "signedElementXPath");
        Objects.requireNonNull(signatureParentXPath, "signatureParentXPath");
    }

    /** The whole document, signature appended to the root. */
    public static XmlPlacement wholeDocument() {
        return new XmlPlacement("", "");
    }

    public boolean isWholeDocument() {
        return signedElementXPath.isEmpty() && signatureParentXPath.isEmpty();
    }
}
