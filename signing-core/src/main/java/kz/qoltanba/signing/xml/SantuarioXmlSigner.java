package kz.qoltanba.signing.xml;

import java.security.Signature;
import java.security.SignatureException;
import java.util.Base64;
import kz.qoltanba.signing.SignatureCreationException;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.algorithm.Signatures;
import kz.qoltanba.signing.token.KeyEntry;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.apache.xml.security.signature.SignedInfo;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.utils.Constants;
import org.apache.xml.security.utils.XMLUtils;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Builds the {@code ds:Signature} with Santuario, digests the reference and signs the canonical
 * SignedInfo with {@link Signatures}, writing every base64 value on one line.
 */
final class SantuarioXmlSigner implements XmlSigner {

    @Override
    public byte[] sign(byte[] xml, KeyEntry key, XmlSignOptions options) throws SigningException {
        XmlAlgorithms.ensureRegistered();
        Document document = SafeXml.parse(xml);
        KeyAlgorithm algorithm = Signatures.algorithmOf(key.privateKey());
        XmlSignaturePlacement placement = XmlSignaturePlacement.resolve(document, options);
        try {
            XMLSignature signature = new XMLSignature(
                    document,
                    "",
                    algorithm.xmlSignatureUri(),
                    options.canonicalization().uri());
            placement.parent().appendChild(signature.getElement());
            signature.addDocument(
                    placement.referenceUri(), XmlTransforms.build(document, options), algorithm.xmlDigestUri());
            XmlKeyInfo.write(signature, key, options.includeChain());
            SignedInfo signedInfo = signature.getSignedInfo();
            for (int i = 0; i < signedInfo.getLength(); i++) {
                XmlReferences.setDigestValue(signedInfo.item(i), XmlReferences.digest(signedInfo.item(i)));
            }
            byte[] value = signatureValue(signedInfo.getCanonicalizedOctetStream(), key);
            Element valueElement =
                    XMLUtils.selectDsNode(signature.getElement().getFirstChild(), Constants._TAG_SIGNATUREVALUE, 0);
            valueElement.setTextContent(Base64.getEncoder().encodeToString(value));
        } catch (XMLSecurityException | java.io.IOException e) {
            throw new SignatureCreationException("cannot build the XML signature: " + e.getMessage(), e);
        }
        return SafeXml.serialize(document);
    }

    private static byte[] signatureValue(byte[] canonicalSignedInfo, KeyEntry key) throws SigningException {
        Signature signature = Signatures.forSigning(key.privateKey(), key.provider());
        try {
            signature.update(canonicalSignedInfo);
            return signature.sign();
        } catch (SignatureException e) {
            throw new SignatureCreationException("the key refused to sign the XML signature: " + e.getMessage(), e);
        }
    }
}
