package kz.qoltanba.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.token.KeyEntry;
import kz.qoltanba.signing.xml.XmlSignOptions;
import kz.qoltanba.signing.xml.XmlSignatureCheck;
import kz.qoltanba.signing.xml.XmlSignatureVerifier;
import kz.qoltanba.signing.xml.XmlSigner;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.transforms.Transforms;
import org.apache.xml.security.utils.Constants;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Enveloped XMLDSig over a small document with an RSA-2048 key: our {@link XmlSigner} and {@link
 * XmlSignatureVerifier} against Santuario used directly the way its documentation shows, on the same
 * document and key. Both sides parse the bytes, sign or verify, and (signing) serialise the result; both
 * use exclusive c14n, the enveloped transform, SHA-256, rsa-sha256 and the certificate in KeyInfo.
 * {@link #ourSignCoSignable} shows the cost of our default options' extra XPath Filter 2.0 transform.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class XmlBenchmark {
    private static final String EXCLUSIVE_C14N = "http://www.w3.org/2001/10/xml-exc-c14n#";
    private static final String RSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256";
    private static final String SHA256 = "http://www.w3.org/2001/04/xmlenc#sha256";

    private static final byte[] DOCUMENT = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<request xmlns=\"urn:qoltanba:bench\"><applicant iin=\"900101400122\">"
                    + "<name>САТПАЕВА АЙГЕРИМ НУРЛАНОВНА</name><address>Астана, Есильский район, ул. Мангилик Ел, 8</address>"
                    + "</applicant><service code=\"E-1234\">Справка о несудимости</service>"
                    + "<items><item n=\"1\">Первый пункт заявления</item><item n=\"2\">Второй пункт заявления</item>"
                    + "<item n=\"3\">Третий пункт заявления</item></items>"
                    + "<consent date=\"2026-11-22\">Я согласен на обработку персональных данных</consent></request>")
            .getBytes(StandardCharsets.UTF_8);

    private final XmlSigner signer = XmlSigner.create();
    private final XmlSignatureVerifier verifier = XmlSignatureVerifier.create();
    private final XmlSignOptions options = XmlSignOptions.wholeDocument().withExcludeOtherSignatures(false);
    private final XmlSignOptions coSignable = XmlSignOptions.wholeDocument();
    private KeyEntry key;
    /** Per thread, because the JAXP factories are not thread-safe (the paired benchmark uses two threads). */
    private final ThreadLocal<DocumentBuilderFactory> parsers = ThreadLocal.withInitial(XmlBenchmark::safeParsers);

    private final ThreadLocal<TransformerFactory> serialisers =
            ThreadLocal.withInitial(TransformerFactory::newInstance);
    private byte[] signedByUs;
    private byte[] signedRaw;

    @Setup
    public void setUp() throws Exception {
        key = BenchKeys.signer(KeyAlgorithm.RSA);
        org.apache.xml.security.Init.init();
        signedByUs = ourSign();
        signedRaw = santuarioSign();
        if (!ourVerify()
                || !santuarioVerify(signedByUs)
                || !santuarioVerify(signedRaw)
                || !verifier.verify(ourSignCoSignable()).get(0).valid()) {
            throw new IllegalStateException("the XML signatures made in set-up do not verify");
        }
    }

    @Benchmark
    public byte[] ourSign() throws SigningException {
        return signer.sign(DOCUMENT, key, options);
    }

    /** The default options: a reference that leaves out every ds:Signature (XPath Filter 2.0), so co-signing works. */
    @Benchmark
    public byte[] ourSignCoSignable() throws SigningException {
        return signer.sign(DOCUMENT, key, coSignable);
    }

    @Benchmark
    public byte[] santuarioSign() throws Exception {
        Document document = parsers.get().newDocumentBuilder().parse(new ByteArrayInputStream(DOCUMENT));
        XMLSignature signature = new XMLSignature(document, "", RSA_SHA256, EXCLUSIVE_C14N);
        document.getDocumentElement().appendChild(signature.getElement());
        Transforms transforms = new Transforms(document);
        transforms.addTransform(Transforms.TRANSFORM_ENVELOPED_SIGNATURE);
        transforms.addTransform(Transforms.TRANSFORM_C14N_EXCL_OMIT_COMMENTS);
        signature.addDocument("", transforms, SHA256);
        signature.addKeyInfo(key.certificate());
        signature.sign(key.privateKey());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        serialisers.get().newTransformer().transform(new DOMSource(document), new StreamResult(out));
        return out.toByteArray();
    }

    @Benchmark
    public boolean ourVerify() throws SigningException {
        List<XmlSignatureCheck> checks = verifier.verify(signedByUs);
        return checks.size() == 1 && checks.get(0).valid();
    }

    @Benchmark
    public boolean santuarioVerify() throws Exception {
        return santuarioVerify(signedByUs);
    }

    private boolean santuarioVerify(byte[] xml) throws Exception {
        Document document = parsers.get().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        Element element = (Element) document.getElementsByTagNameNS(Constants.SignatureSpecNS, "Signature")
                .item(0);
        XMLSignature signature = new XMLSignature(element, "");
        X509Certificate certificate = signature.getKeyInfo().getX509Certificate();
        return signature.checkSignatureValue(certificate);
    }

    private static DocumentBuilderFactory safeParsers() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try {
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser cannot refuse DTDs", e);
        }
        return factory;
    }
}
