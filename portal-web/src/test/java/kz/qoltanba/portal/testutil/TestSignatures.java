package kz.qoltanba.portal.testutil;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import kz.qoltanba.portal.signing.IssuedRequest;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.cms.CmsOptions;
import kz.qoltanba.signing.cms.CmsSigner;
import kz.qoltanba.signing.token.KeyEntry;
import kz.qoltanba.signing.tsp.TimestampClient;
import kz.qoltanba.signing.tsp.TsaConfig;
import kz.qoltanba.signing.xml.XmlSignOptions;
import kz.qoltanba.signing.xml.XmlSigner;

/** Signs what the portal issued the way the bridge does, directly with signing-core (no bridge). */
public final class TestSignatures {
    private TestSignatures() {}

    /** The signed XML, or the base64 of an attached CMS, as the page would post it. */
    public static String sign(IssuedRequest request, KeyEntry key) {
        return "xml".equals(request.format())
                ? signXml(request.data(), key)
                : signCms(Base64.getDecoder().decode(request.data()), key);
    }

    public static String signXml(String xml, KeyEntry key) {
        try {
            return XmlSigner.create()
                    .signToString(xml.getBytes(StandardCharsets.UTF_8), key, XmlSignOptions.wholeDocument());
        } catch (SigningException e) {
            throw new IllegalStateException("cannot sign XML: " + e.getMessage(), e);
        }
    }

    public static String signCms(byte[] content, KeyEntry key) {
        return signCms(content, key, CmsOptions.defaults());
    }

    /** A CAdES-T signature: time-stamped by the test PKI's RSA time-stamp authority. */
    public static String signCmsWithTimestamp(byte[] content, KeyEntry key) {
        URI tsa = TestPki.get().pki().tsaUrl(KeyAlgorithm.RSA);
        return signCms(content, key, CmsOptions.defaults().withTimestamps(TimestampClient.create(TsaConfig.of(tsa))));
    }

    private static String signCms(byte[] content, KeyEntry key, CmsOptions options) {
        try {
            return Base64.getEncoder()
                    .encodeToString(CmsSigner.create(key, options).sign(content));
        } catch (SigningException e) {
            throw new IllegalStateException("cannot sign CMS: " + e.getMessage(), e);
        }
    }
}
