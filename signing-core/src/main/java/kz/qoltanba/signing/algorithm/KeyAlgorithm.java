package kz.qoltanba.signing.algorithm;

import java.util.Arrays;
import java.util.Optional;

/**
 * The key algorithm families the library signs and verifies with. The constant names are part of the
 * public API and of the command line's JSON.
 */
public enum KeyAlgorithm {
    RSA(
            "1.2.840.113549.1.1.1",
            "1.2.840.113549.1.1.11",
            "2.16.840.1.101.3.4.2.1",
            "SHA-256",
            "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256",
            "http://www.w3.org/2001/04/xmlenc#sha256",
            0,
            false),
    GOST2004(
            "1.2.398.3.10.1.1.1.1",
            "1.2.398.3.10.1.1.1.2",
            "1.2.398.3.10.1.3.1",
            "GOST34.311-95",
            "http://www.w3.org/2001/04/xmldsig-more#gost34310-gost34311",
            "http://www.w3.org/2001/04/xmldsig-more#gost34311",
            32,
            true),
    GOST2015_256(
            "1.2.398.3.10.1.1.2.1",
            "1.2.398.3.10.1.1.2.3.1",
            "1.2.398.3.10.1.3.2",
            "GOST34.11-2015-256",
            "urn:ietf:params:xml:ns:pkigovkz:xmlsec:algorithms:gostr34102015-gostr34112015-256",
            "urn:ietf:params:xml:ns:pkigovkz:xmlsec:algorithms:gostr34112015-256",
            32,
            true),
    GOST2015_512(
            "1.2.398.3.10.1.1.2.2",
            "1.2.398.3.10.1.1.2.3.2",
            "1.2.398.3.10.1.3.3",
            "GOST34.11-2015-512",
            "urn:ietf:params:xml:ns:pkigovkz:xmlsec:algorithms:gostr34102015-gostr34112015-512",
            "urn:ietf:params:xml:ns:pkigovkz:xmlsec:algorithms:gostr34112015-512",
            64,
            true),
    GOST2012_256(
            "1.2.643.7.1.1.1.1",
            "1.2.643.7.1.1.3.2",
            "1.2.643.7.1.1.2.2",
            "GOST3411-2012-256",
            "urn:ietf:params:xml:ns:cpxmlsec:algorithms:gostr34102012-gostr34112012-256",
            "urn:ietf:params:xml:ns:cpxmlsec:algorithms:gostr34112012-256",
            32,
            false),
    GOST2012_512(
            "1.2.643.7.1.1.1.2",
            "1.2.643.7.1.1.3.3",
            "1.2.643.7.1.1.2.3",
            "GOST3411-2012-512",
            "urn:ietf:params:xml:ns:cpxmlsec:algorithms:gostr34102012-gostr34112012-512",
            "urn:ietf:params:xml:ns:cpxmlsec:algorithms:gostr34112012-512",
            64,
            false);

    private final String keyOid;
    private final String signatureOid;
    private final String digestOid;
    private final String digestName;
    private final String xmlSignatureUri;
    private final String xmlDigestUri;
    private final int fieldSize;
    private final boolean kazakhByteOrder;

    KeyAlgorithm(
            String keyOid,
            String signatureOid,
            String digestOid,
            String digestName,
            String xmlSignatureUri,
            String xmlDigestUri,
            int fieldSize,
            boolean kazakhByteOrder) {
        this.keyOid = keyOid;
        this.signatureOid = signatureOid;
        this.digestOid = digestOid;
        this.digestName = digestName;
        this.xmlSignatureUri = xmlSignatureUri;
        this.xmlDigestUri = xmlDigestUri;
        this.fieldSize = fieldSize;
        this.kazakhByteOrder = kazakhByteOrder;
    }

    /** OID of the subject public key (SubjectPublicKeyInfo.algorithm). */
    public String keyOid() {
        return keyOid;
    }

    /** OID of the default signature algorithm used when signing with a key of this family. */
    public String signatureOid() {
        return signatureOid;
    }

    /** OID of the digest used with this family in CMS (SignerInfo.digestAlgorithm). */
    public String digestOid() {
        return digestOid;
    }

    /** Human-readable digest name, for reports. */
    public String digestName() {
        return digestName;
    }

    public String xmlSignatureUri() {
        return xmlSignatureUri;
    }

    public String xmlDigestUri() {
        return xmlDigestUri;
    }

    /** True for every GOST family: the signature is computed by Bouncy Castle's GOST engines. */
    public boolean isGost() {
        return this != RSA;
    }

    /** True for the Kazakh families whose signature values are byte-reversed relative to TC26. */
    public boolean kazakhByteOrder() {
        return kazakhByteOrder;
    }

    /** Byte length of one signature component (r or s) for GOST families; 0 for RSA. */
    int fieldSize() {
        return fieldSize;
    }

    /** The family whose public key algorithm OID this is, if any. */
    public static Optional<KeyAlgorithm> byKeyOid(String oid) {
        return Arrays.stream(values()).filter(a -> a.keyOid.equals(oid)).findFirst();
    }

    /** The GOST family whose signature algorithm OID this is, if any (RSA signature OIDs vary). */
    public static Optional<KeyAlgorithm> byGostSignatureOid(String oid) {
        return Arrays.stream(values())
                .filter(a -> a.isGost() && a.signatureOid.equals(oid))
                .findFirst();
    }

    public static Optional<KeyAlgorithm> byXmlSignatureUri(String uri) {
        return Arrays.stream(values())
                .filter(a -> a.xmlSignatureUri.equals(uri))
                .findFirst();
    }
}
