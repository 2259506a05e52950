package kz.qoltanba.signing.xml;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Where a new signature goes and what its reference URI is. */
record XmlSignaturePlacement(Element parent, String referenceUri) {

    static XmlSignaturePlacement resolve(Document document, XmlSignOptions options) throws XmlElementNotFoundException {
        Element signed;
        String uri;
        switch (options.target()) {
            case ID -> {
                signed = XmlTargets.byId(document, options.targetValue());
                uri = "#" + options.targetValue();
            }
            case XPATH -> {
                signed = XmlTargets.byXPath(document, options.targetValue(), options.namespaces());
                uri = "";
            }
            default -> {
                signed = document.getDocumentElement();
                uri = "";
            }
        }
        Element parent = options.parentXPath() == null
                ? signed
                : XmlTargets.byXPath(document, options.parentXPath(), options.namespaces());
        return new XmlSignaturePlacement(parent, uri);
    }
}
