package kz.qoltanba.signing.xml;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import kz.qoltanba.signing.MalformedInputException;
import kz.qoltanba.signing.UnsupportedAlgorithmException;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.apache.xml.security.signature.Reference;
import org.apache.xml.security.signature.XMLSignatureInput;
import org.apache.xml.security.utils.Constants;
import org.apache.xml.security.utils.XMLUtils;
import org.w3c.dom.Element;

/**
 * Digests of {@code ds:Reference}s: Santuario dereferences the URI and applies the transforms, the digest
 * itself comes from {@code DigestAlgorithms} (so the GOST digests work without a JCA provider).
 */
final class XmlReferences {
    private XmlReferences() {}

    static String digestMethod(Reference reference) throws MalformedInputException {
        return dsChild(reference, Constants._TAG_DIGESTMETHOD).getAttributeNS(null, Constants._ATT_ALGORITHM);
    }

    /** The digest of the reference's data after its transforms. */
    static byte[] digest(Reference reference)
            throws UnsupportedAlgorithmException, MalformedInputException, XMLSecurityException {
        MessageDigest digest = XmlAlgorithms.digest(digestMethod(reference));
        XMLSignatureInput output = reference.getContentsAfterTransformation();
        try (OutputStream sink = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
            output.write(sink);
        } catch (IOException e) {
            throw new MalformedInputException("cannot digest reference \"" + reference.getURI() + "\": " + e, e);
        } finally {
            if (output instanceof Closeable closeable) {
                try {
                    closeable.close();
                } catch (IOException ignored) {
                    // in-memory input: nothing to release
                }
            }
        }
        return digest.digest();
    }

    /** Writes the digest value as one line of base64 (no line breaks, hence no {@code &#13;}). */
    static void setDigestValue(Reference reference, byte[] value) throws MalformedInputException {
        Element element = dsChild(reference, Constants._TAG_DIGESTVALUE);
        element.setTextContent(java.util.Base64.getEncoder().encodeToString(value));
    }

    private static Element dsChild(Reference reference, String name) throws MalformedInputException {
        Element element = XMLUtils.selectDsNode(reference.getElement().getFirstChild(), name, 0);
        if (element == null) {
            throw new MalformedInputException("ds:Reference \"" + reference.getURI() + "\" has no ds:" + name);
        }
        return element;
    }
}
