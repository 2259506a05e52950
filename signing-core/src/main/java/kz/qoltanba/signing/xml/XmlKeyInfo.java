package kz.qoltanba.signing.xml;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import kz.qoltanba.signing.MalformedInputException;
import kz.qoltanba.signing.token.KeyEntry;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.utils.Constants;
import org.apache.xml.security.utils.XMLUtils;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code ds:KeyInfo/ds:X509Data/ds:X509Certificate}: written on signing, read on verification. */
final class XmlKeyInfo {
    private XmlKeyInfo() {}

    static void write(XMLSignature signature, KeyEntry key, boolean includeChain) throws MalformedInputException {
        List<X509Certificate> certificates = new ArrayList<>(List.of(key.certificate()));
        if (includeChain) {
            key.chain().stream().filter(c -> !c.equals(key.certificate())).forEach(certificates::add);
        }
        Document document = signature.getDocument();
        Element data = XMLUtils.createElementInSignatureSpace(document, Constants._TAG_X509DATA);
        for (X509Certificate certificate : certificates) {
            Element element = XMLUtils.createElementInSignatureSpace(document, Constants._TAG_X509CERTIFICATE);
            try {
                element.setTextContent(Base64.getEncoder().encodeToString(certificate.getEncoded()));
            } catch (CertificateEncodingException e) {
                throw new MalformedInputException(
                        "cannot encode certificate " + certificate.getSubjectX500Principal(), e);
            }
            data.appendChild(element);
        }
        signature.getKeyInfo().getElement().appendChild(data);
    }

    /** Every X509Certificate under the signature's KeyInfo, in document order. */
    static List<X509Certificate> read(Element signatureElement) throws MalformedInputException {
        Element keyInfo = XMLUtils.selectDsNode(signatureElement.getFirstChild(), Constants._TAG_KEYINFO, 0);
        List<X509Certificate> certificates = new ArrayList<>();
        if (keyInfo == null) {
            return certificates;
        }
        NodeList nodes = keyInfo.getElementsByTagNameNS(Constants.SignatureSpecNS, Constants._TAG_X509CERTIFICATE);
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            for (int i = 0; i < nodes.getLength(); i++) {
                byte[] der = Base64.getMimeDecoder().decode(nodes.item(i).getTextContent());
                certificates.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der)));
            }
        } catch (CertificateException | IllegalArgumentException e) {
            throw new MalformedInputException("unreadable ds:X509Certificate in ds:KeyInfo: " + e.getMessage(), e);
        }
        return certificates;
    }
}
