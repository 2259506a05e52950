package kz.qoltanba.signing.xml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import org.apache.xml.security.transforms.TransformationException;
import org.apache.xml.security.transforms.Transforms;
import org.apache.xml.security.transforms.params.XPath2FilterContainer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The reference transforms for a new signature: an optional XPath Filter 2.0 (keep the XPath target,
 * leave out every ds:Signature), then enveloped-signature, then the chosen canonicalization.
 */
final class XmlTransforms {
    /** Every XMLDSig Signature element, written without prefixes so it needs no namespace declaration. */
    static final String ALL_SIGNATURES =
            "//*[local-name()='Signature' and namespace-uri()='http://www.w3.org/2000/09/xmldsig#']";

    private XmlTransforms() {}

    static Transforms build(Document document, XmlSignOptions options) throws TransformationException {
        Transforms transforms = new Transforms(document);
        List<String[]> filters = new ArrayList<>();
        if (options.target() == XmlSignOptions.Target.XPATH) {
            filters.add(new String[] {XPath2FilterContainer.INTERSECT, options.targetValue()});
        }
        if (options.excludeOtherSignatures()) {
            filters.add(new String[] {XPath2FilterContainer.SUBTRACT, ALL_SIGNATURES});
        }
        if (!filters.isEmpty()) {
            NodeList elements = XPath2FilterContainer.newInstances(document, filters.toArray(new String[0][]));
            declare(elements, options.namespaces());
            transforms.addTransform(Transforms.TRANSFORM_XPATH2FILTER, elements);
        }
        transforms.addTransform(Transforms.TRANSFORM_ENVELOPED_SIGNATURE);
        transforms.addTransform(options.canonicalization().uri());
        return transforms;
    }

    /** The prefixes of the caller's XPath expressions, declared on each XPath element. */
    private static void declare(NodeList elements, Map<String, String> namespaces) {
        for (int i = 0; i < elements.getLength(); i++) {
            Node node = elements.item(i);
            if (node instanceof Element element) {
                namespaces.forEach((prefix, uri) ->
                        element.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:" + prefix, uri));
            }
        }
    }
}
