package kz.qoltanba.signing.xml;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import javax.xml.xpath.XPathFactoryConfigurationException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Finding elements by Id or XPath, and marking Id attributes so that {@code URI="#id"} resolves. */
final class XmlTargets {
    private static final List<String> ID_NAMES = List.of("Id", "ID", "id");

    private XmlTargets() {}

    /** Marks every un-namespaced Id/ID/id attribute as an XML ID; returns the elements carrying each value. */
    static List<Element> markIds(Document document, String wanted) {
        List<Element> matches = new ArrayList<>();
        for (Element element : elements(document.getDocumentElement())) {
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr attribute = (Attr) attributes.item(i);
                if (attribute.getNamespaceURI() == null && ID_NAMES.contains(attribute.getName())) {
                    element.setIdAttributeNode(attribute, true);
                    if (attribute.getValue().equals(wanted)) {
                        matches.add(element);
                    }
                }
            }
        }
        return matches;
    }

    static Element byId(Document document, String id) throws XmlElementNotFoundException {
        List<Element> matches = markIds(document, id);
        if (matches.size() != 1) {
            throw new XmlElementNotFoundException(
                    matches.isEmpty()
                            ? "no element has the Id \"" + id + "\""
                            : matches.size() + " elements share the Id \"" + id + "\"; an Id must be unique");
        }
        return matches.get(0);
    }

    /** The single element the expression selects from the document root. */
    static Element byXPath(Document document, String expression, Map<String, String> namespaces)
            throws XmlElementNotFoundException {
        NodeList nodes;
        try {
            XPathFactory factory = XPathFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            javax.xml.xpath.XPath xpath = factory.newXPath();
            xpath.setNamespaceContext(new Prefixes(namespaces));
            nodes = (NodeList) xpath.evaluate(expression, document, XPathConstants.NODESET);
        } catch (XPathExpressionException | XPathFactoryConfigurationException e) {
            throw new XmlElementNotFoundException("invalid XPath expression \"" + expression + "\": " + e, e);
        }
        if (nodes.getLength() != 1 || nodes.item(0).getNodeType() != Node.ELEMENT_NODE) {
            throw new XmlElementNotFoundException("the XPath expression \"" + expression + "\" selects "
                    + nodes.getLength() + " nodes; it must select exactly one element");
        }
        return (Element) nodes.item(0);
    }

    private static List<Element> elements(Element root) {
        List<Element> all = new ArrayList<>();
        List<Element> pending = new ArrayList<>(List.of(root));
        while (!pending.isEmpty()) {
            Element element = pending.remove(pending.size() - 1);
            all.add(element);
            for (Node child = element.getLastChild(); child != null; child = child.getPreviousSibling()) {
                if (child instanceof Element childElement) {
                    pending.add(childElement);
                }
            }
        }
        return all;
    }

    private record Prefixes(Map<String, String> namespaces) implements NamespaceContext {
        @Override
        public String getNamespaceURI(String prefix) {
            return namespaces.getOrDefault(prefix, XMLConstants.NULL_NS_URI);
        }

        @Override
        public String getPrefix(String namespaceUri) {
            return namespaces.entrySet().stream()
                    .filter(e -> e.getValue().equals(namespaceUri))
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElse(null);
        }

        @Override
        public Iterator<String> getPrefixes(String namespaceUri) {
            return namespaces.entrySet().stream()
                    .filter(e -> e.getValue().equals(namespaceUri))
                    .map(Map.Entry::getKey)
                    .iterator();
        }
    }
}
