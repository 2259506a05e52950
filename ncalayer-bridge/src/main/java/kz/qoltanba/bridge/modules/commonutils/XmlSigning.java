package kz.qoltanba.bridge.modules.commonutils;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import kz.qoltanba.bridge.spi.HostSigning;
import kz.qoltanba.bridge.spi.SignRequest;
import kz.qoltanba.bridge.spi.SignatureFormat;
import kz.qoltanba.bridge.spi.XmlPlacement;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.UnsafeXmlException;
import kz.qoltanba.signing.xml.SafeXml;

/**
 * Shared by {@code signXml} and {@code signXmls}: every document must be well-formed XML without a DOCTYPE
 * and both XPaths must compile before the user is asked anything; one key choice signs all documents.
 */
final class XmlSigning {
    private final HostSigning signing;
    private final KeyChoice keys;
    private final SessionState state;

    XmlSigning(HostSigning signing, KeyChoice keys, SessionState state) {
        this.signing = signing;
        this.keys = keys;
        this.state = state;
    }

    CompletionStage<List<String>> sign(
            Call call, String storageName, String keyType, List<String> documents, String tbsXPath, String parentXPath)
            throws CommonUtilsException {
        if (documents.isEmpty()) {
            throw new CommonUtilsException("There is no XML document to sign.");
        }
        List<byte[]> bytes = new ArrayList<>();
        for (String document : documents) {
            bytes.add(checkedXml(document));
        }
        XmlPlacement placement = new XmlPlacement(
                checkedXPath(tbsXPath, "tbsElementXPath"), checkedXPath(parentXPath, "signatureParentElementXPath"));
        return keys.filter(storageName, keyType)
                .thenCompose(filter -> signing.signXml(
                        new SignRequest(
                                call.origin(),
                                call.connectionId(),
                                SignatureFormat.XML,
                                bytes,
                                filter,
                                false,
                                false,
                                state.locale()),
                        placement))
                .thenApply(result -> result.signatures().stream()
                        .map(signed -> new String(signed, StandardCharsets.UTF_8))
                        .toList());
    }

    private static byte[] checkedXml(String document) throws CommonUtilsException {
        byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
        try {
            SafeXml.parse(bytes);
            return bytes;
        } catch (UnsafeXmlException e) {
            throw new CommonUtilsException("The XML has a DOCTYPE declaration, which is not allowed.");
        } catch (SigningException e) {
            throw new CommonUtilsException("The XML to sign is not well-formed.");
        }
    }

    private static String checkedXPath(String expression, String name) throws CommonUtilsException {
        if (expression.isEmpty()) {
            return expression;
        }
        try {
            XPathFactory.newInstance().newXPath().compile(expression);
            return expression;
        } catch (XPathExpressionException e) {
            throw new CommonUtilsException("The argument " + name + " is not a valid XPath expression.");
        }
    }
}
