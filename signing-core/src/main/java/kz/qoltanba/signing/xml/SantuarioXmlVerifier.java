package kz.qoltanba.signing.xml;

import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.qoltanba.signing.MalformedInputException;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.UnsupportedAlgorithmException;
import kz.qoltanba.signing.algorithm.Signatures;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.apache.xml.security.signature.Reference;
import org.apache.xml.security.signature.SignedInfo;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.utils.Constants;
import org.apache.xml.security.utils.XMLUtils;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads each signature with Santuario (secure validation on) and checks it with {@link Signatures}. */
final class SantuarioXmlVerifier implements XmlSignatureVerifier {

    @Override
    public List<XmlSignatureCheck> verify(byte[] xml) throws SigningException {
        XmlAlgorithms.ensureRegistered();
        Document document = SafeXml.parse(xml);
        XmlTargets.markIds(document, null);
        NodeList nodes = document.getElementsByTagNameNS(Constants.SignatureSpecNS, Constants._TAG_SIGNATURE);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        List<XmlSignatureCheck> checks = new ArrayList<>();
        for (Element element : elements) {
            checks.add(check(element));
        }
        return checks;
    }

    private static XmlSignatureCheck check(Element element) throws SigningException {
        String signatureOid = XmlAlgorithms.signatureOid(signatureMethod(element));
        try {
            XMLSignature signature = new XMLSignature(element, "", true);
            SignedInfo signedInfo = signature.getSignedInfo();
            List<X509Certificate> embedded = XmlKeyInfo.read(element);
            byte[] canonical = signedInfo.getCanonicalizedOctetStream();
            byte[] value = signature.getSignatureValue();
            Optional<X509Certificate> signer = Optional.empty();
            for (X509Certificate candidate : embedded) {
                if (verifies(candidate, signatureOid, canonical, value)) {
                    signer = Optional.of(candidate);
                    break;
                }
            }
            boolean signatureValid = signer.isPresent();
            if (signer.isEmpty() && !embedded.isEmpty()) {
                signer = Optional.of(embedded.get(0));
            }
            List<XmlReferenceCheck> references = new ArrayList<>();
            for (int i = 0; i < signedInfo.getLength(); i++) {
                references.add(checkReference(signedInfo.item(i)));
            }
            return new XmlSignatureCheck(
                    signer,
                    embedded,
                    signatureValid,
                    references,
                    signedInfo.getSignatureMethodURI(),
                    signedInfo.getCanonicalizationMethodURI());
        } catch (XMLSecurityException | java.io.IOException e) {
            throw new MalformedInputException("unreadable ds:Signature: " + e.getMessage(), e);
        }
    }

    private static String signatureMethod(Element signature) throws MalformedInputException {
        Element signedInfo = XMLUtils.selectDsNode(signature.getFirstChild(), Constants._TAG_SIGNEDINFO, 0);
        Element method = signedInfo == null
                ? null
                : XMLUtils.selectDsNode(signedInfo.getFirstChild(), Constants._TAG_SIGNATUREMETHOD, 0);
        if (method == null) {
            throw new MalformedInputException("ds:Signature without ds:SignedInfo/ds:SignatureMethod");
        }
        return method.getAttributeNS(null, Constants._ATT_ALGORITHM);
    }

    private static boolean verifies(X509Certificate candidate, String signatureOid, byte[] data, byte[] value)
            throws MalformedInputException {
        try {
            return Signatures.verify(Signatures.publicKey(candidate), signatureOid, null, data, value);
        } catch (UnsupportedAlgorithmException e) {
            return false; // a certificate of another family (e.g. a CA of the chain) cannot be the signer
        }
    }

    private static XmlReferenceCheck checkReference(Reference reference) throws SigningException {
        String digestMethod = XmlReferences.digestMethod(reference);
        boolean valid;
        try {
            valid = MessageDigest.isEqual(XmlReferences.digest(reference), reference.getDigestValue());
        } catch (XMLSecurityException e) {
            valid = false; // cannot be dereferenced or transformed: the digest cannot match
        }
        return new XmlReferenceCheck(reference.getURI(), digestMethod, valid);
    }
}
