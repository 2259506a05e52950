package kz.qoltanba.portal.signing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
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
        }
        remove(signature);
        byte[] left = canonical(signedDocument);
        byte[] right = canonical(parse(issued, "the issued XML"));
        if (!MessageDigest.isEqual(left, right)) {
            throw Rejection.SIG_CONTENT_MISMATCH.exception("the signed XML differs from the issued document");
        }
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

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
