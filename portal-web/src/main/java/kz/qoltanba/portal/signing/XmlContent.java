package kz.qoltanba.portal.signing;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.xml.SafeXml;
import org.apache.xml.security.Init;
import org.apache.xml.security.c14n.Canonicalizer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * V2 for XML: exactly one enveloped signature whose references all cover the whole document ({@code URI=""}),
 * and the document without that signature canonically equal to the issued one.
 */
final class XmlContent {
    private static final String DSIG = "http://www.w3.org/2000/09/xmldsig#";
    private static final String XPATH_FILTER2 = "http://www.w3.org/2002/06/xmldsig-filter2";
    private static final String ALL_SIGNATURES = "//*[local-name()='Signature' and namespace-uri()='" + DSIG + "']";
    private static final Set<String> SIGNATURE_OR_CANONICAL = Set.of(
            "http://www.w3.org/2000/09/xmldsig#enveloped-signature",
            "http://www.w3.org/TR/2001/REC-xml-c14n-20010315",
            "http://www.w3.org/TR/2001/REC-xml-c14n-20010315#WithComments",
            "http://www.w3.org/2006/12/xml-c14n11",
            "http://www.w3.org/2006/12/xml-c14n11#WithComments",
            "http://www.w3.org/2001/10/xml-exc-c14n#",
            "http://www.w3.org/2001/10/xml-exc-c14n#WithComments");

    private XmlContent() {}

    static void requireIssuedContent(byte[] signed, byte[] issued) throws SignatureRejectedException {
        Document signedDocument = parse(signed, "the signed XML");
        NodeList signatures = signedDocument.getElementsByTagNameNS(DSIG, "Signature");
        if (signatures.getLength() != 1) {
            throw Rejection.SIG_CONTENT_MISMATCH.exception(
                    "expected exactly one XML signature, found " + signatures.getLength());
        }
        Element signature = (Element) signatures.item(0);
        NodeList references = signature.getElementsByTagNameNS(DSIG, "Reference");
        if (references.getLength() == 0) {
            throw Rejection.SIG_CONTENT_MISMATCH.exception("the XML signature has no reference");
        }
        for (int i = 0; i < references.getLength(); i++) {
            Element reference = (Element) references.item(i);
            if (!reference.getAttribute("URI").isEmpty()) {
                throw Rejection.SIG_CONTENT_MISMATCH.exception(
                        "the XML signature covers '" + reference.getAttribute("URI") + "', not the whole document");
            }
            requireWholeDocumentTransforms(reference);
        }
        remove(signature);
        byte[] left = canonical(signedDocument);
        byte[] right = canonical(parse(issued, "the issued XML"));
        if (!MessageDigest.isEqual(left, right)) {
            throw Rejection.SIG_CONTENT_MISMATCH.exception("the signed XML differs from the issued document");
        }
    }

    /**
     * The reference may only drop signatures (enveloped-signature, or an XPath Filter 2.0 that subtracts {@code
     * Signature} elements) and canonicalise; any other transform could leave parts of the document unsigned.
     */
    private static void requireWholeDocumentTransforms(Element reference) throws SignatureRejectedException {
        NodeList transforms = reference.getElementsByTagNameNS(DSIG, "Transform");
        for (int i = 0; i < transforms.getLength(); i++) {
            Element transform = (Element) transforms.item(i);
            String algorithm = transform.getAttribute("Algorithm");
            if (SIGNATURE_OR_CANONICAL.contains(algorithm)) {
                continue;
            }
            if (XPATH_FILTER2.equals(algorithm) && subtractsOnlySignatures(transform)) {
                continue;
            }
            throw Rejection.SIG_CONTENT_MISMATCH.exception(
                    "the XML signature uses the transform " + algorithm + ", which may leave content unsigned");
        }
    }

    private static boolean subtractsOnlySignatures(Element transform) {
        NodeList filters = transform.getElementsByTagNameNS(XPATH_FILTER2, "XPath");
        for (int i = 0; i < filters.getLength(); i++) {
            Element filter = (Element) filters.item(i);
            String expression =
                    filter.getTextContent().strip().replaceAll("\\s+", " ").replace('"', '\'');
            boolean signatures = ALL_SIGNATURES.equals(expression)
                    || ("//ds:Signature".equals(expression) && DSIG.equals(filter.lookupNamespaceURI("ds")));
            if (!"subtract".equals(filter.getAttribute("Filter")) || !signatures) {
                return false;
            }
        }
        return filters.getLength() > 0;
    }

    /** Removes the signature and the whitespace a signer may have put before it. */
    private static void remove(Element signature) {
        Node parent = signature.getParentNode();
        List<Node> whitespace = new ArrayList<>();
        for (Node n = signature.getPreviousSibling(); n != null && isBlankText(n); n = n.getPreviousSibling()) {
            whitespace.add(n);
        }
        for (Node n = signature.getNextSibling(); n != null && isBlankText(n); n = n.getNextSibling()) {
            whitespace.add(n);
        }
        whitespace.forEach(parent::removeChild);
        parent.removeChild(signature);
    }

    private static boolean isBlankText(Node node) {
        return node.getNodeType() == Node.TEXT_NODE && node.getNodeValue().isBlank();
    }

    private static Document parse(byte[] xml, String what) throws SignatureRejectedException {
        try {
            return SafeXml.parse(xml);
        } catch (SigningException e) {
            throw Rejection.SIG_INVALID.exception(what + " cannot be read: " + e.getMessage());
        }
    }

    private static byte[] canonical(Document document) throws SignatureRejectedException {
        Init.init();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Canonicalizer.getInstance(Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS)
                    .canonicalizeSubtree(document.getDocumentElement(), out);
            return out.toByteArray();
        } catch (Exception e) {
            throw Rejection.SIG_INVALID.exception("the XML cannot be canonicalised: " + e.getMessage());
        }
    }
}
