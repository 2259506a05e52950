package kz.qoltanba.signing.xml;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import kz.qoltanba.signing.MalformedInputException;
import kz.qoltanba.signing.UnsafeXmlException;
import org.w3c.dom.Document;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSException;
import org.w3c.dom.ls.LSOutput;
import org.w3c.dom.ls.LSSerializer;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The one way the project parses and writes XML. Parsing is namespace aware and refuses any DOCTYPE, so
 * entity expansion (billion laughs), external entities (XXE) and external DTDs or schemas can never be
 * reached; such input fails fast with {@link UnsafeXmlException}. Writing keeps the content byte-exact
 * in the sense that matters for signatures: no indentation, no reordering, UTF-8.
 */
public final class SafeXml {
    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

    private SafeXml() {}

    /** Parses a document; a DOCTYPE is refused, malformed XML is reported with its line and column. */
    public static Document parse(byte[] xml) throws UnsafeXmlException, MalformedInputException {
        if (xml == null || xml.length == 0) {
            throw new MalformedInputException("the XML document is empty");
        }
        try {
            return newBuilder().parse(new ByteArrayInputStream(xml));
        } catch (SAXParseException e) {
            String where = " at line " + e.getLineNumber() + ", column " + e.getColumnNumber();
            if (String.valueOf(e.getMessage()).contains("DOCTYPE")) {
                throw new UnsafeXmlException(
                        "XML with a DOCTYPE declaration is refused" + where
                                + ": DTDs, entity declarations and external entities are not allowed",
                        e);
            }
            throw new MalformedInputException("malformed XML" + where + ": " + e.getMessage(), e);
        } catch (SAXException | IOException e) {
            throw new MalformedInputException("unreadable XML: " + e.getMessage(), e);
        }
    }

    /** A fresh empty namespace-aware document, for callers that build XML. */
    public static Document newDocument() {
        return newBuilder().newDocument();
    }

    /**
     * Writes a document as UTF-8. An XML declaration ({@code <?xml version="1.0" encoding="UTF-8"?>}) is
     * written only when the parsed input had one with an encoding; the declaration is not covered by any
     * XMLDSig canonicalization, so this never affects a signature.
     */
    public static byte[] serialize(Document document) throws MalformedInputException {
        try {
            DOMImplementationLS ls = (DOMImplementationLS) document.getImplementation();
            LSSerializer serializer = ls.createLSSerializer();
            serializer.getDomConfig().setParameter("xml-declaration", false);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (document.getXmlEncoding() != null) {
                out.writeBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>".getBytes(StandardCharsets.US_ASCII));
            }
            LSOutput output = ls.createLSOutput();
            output.setByteStream(out);
            output.setEncoding("UTF-8");
            serializer.write(document, output);
            return out.toByteArray();
        } catch (LSException | ClassCastException e) {
            throw new MalformedInputException("cannot serialise the XML document: " + e.getMessage(), e);
        }
    }

    private static DocumentBuilder newBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(DISALLOW_DOCTYPE, true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(QuietErrors.INSTANCE);
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity " + systemId + " refused");
            });
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a required security feature", e);
        }
    }

    /** Turns every parser complaint into an exception instead of printing it to stderr. */
    private enum QuietErrors implements ErrorHandler {
        INSTANCE;

        @Override
        public void warning(SAXParseException exception) {}

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    }
}
