package kz.qoltanba.signing.xml;

import java.security.MessageDigest;
import java.util.HashMap;
import java.util.Map;
import kz.qoltanba.signing.UnsupportedAlgorithmException;
import kz.qoltanba.signing.algorithm.DigestAlgorithms;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.xml.santuario.GostSignatureAlgorithmSpi;
import org.apache.xml.security.Init;
import org.apache.xml.security.algorithms.JCEMapper;
import org.apache.xml.security.algorithms.SignatureAlgorithm;
import org.apache.xml.security.algorithms.SignatureAlgorithmSpi;
import org.apache.xml.security.exceptions.AlgorithmAlreadyRegisteredException;
import org.apache.xml.security.exceptions.XMLSecurityException;

/**
 * XMLDSig algorithm URIs and their OIDs, and the one-time Santuario set-up.
 *
 * <p>Santuario is initialised and the GOST signature URIs are registered with it exactly once per class
 * loader (the JVM runs the holder's static initialiser once, under a lock), and registration tolerates a
 * URI someone else registered first. Santuario looks digests up by JCA name through the installed
 * providers only ({@code MessageDigestAlgorithm.getDigestInstance}), and installing a provider would
 * change the whole JVM; so the digest URIs are only mapped in {@link JCEMapper} (to the family's digest
 * name, which Santuario's own digesting finds only if an application installs a provider for it), and
 * the reference digests are computed here with {@link DigestAlgorithms}, while
 * Santuario dereferences, transforms and canonicalizes. Base64 is written by this package without line
 * breaks, so Santuario's global {@code org.apache.xml.security.ignoreLineBreaks} property is not needed.
 */
final class XmlAlgorithms {
    static final String RSA_SHA1 = "http://www.w3.org/2000/09/xmldsig#rsa-sha1";
    static final String RSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256";

    private static final Map<String, String> SIGNATURE_OIDS = signatureOids();
    private static final Map<String, String> DIGEST_OIDS = digestOids();

    private XmlAlgorithms() {}

    /** Initialises Santuario and registers the GOST URIs, once. */
    static void ensureRegistered() {
        if (!Registration.DONE) {
            throw new IllegalStateException("Santuario registration did not complete");
        }
    }

    /** The signature algorithm OID (for {@code Signatures}) of an XMLDSig SignatureMethod URI. */
    static String signatureOid(String uri) throws UnsupportedAlgorithmException {
        String oid = SIGNATURE_OIDS.get(uri);
        if (oid == null) {
            throw new UnsupportedAlgorithmException("unsupported XML signature method " + uri);
        }
        return oid;
    }

    /** A fresh digest for an XMLDSig DigestMethod URI. */
    static MessageDigest digest(String uri) throws UnsupportedAlgorithmException {
        String oid = DIGEST_OIDS.get(uri);
        if (oid == null) {
            throw new UnsupportedAlgorithmException("unsupported XML digest method " + uri);
        }
        return DigestAlgorithms.newDigest(oid);
    }

    private static Map<String, String> signatureOids() {
        Map<String, String> map = new HashMap<>();
        map.put(RSA_SHA1, "1.2.840.113549.1.1.5");
        map.put("http://www.w3.org/2001/04/xmldsig-more#rsa-sha224", "1.2.840.113549.1.1.14");
        map.put(RSA_SHA256, "1.2.840.113549.1.1.11");
        map.put("http://www.w3.org/2001/04/xmldsig-more#rsa-sha384", "1.2.840.113549.1.1.12");
        map.put("http://www.w3.org/2001/04/xmldsig-more#rsa-sha512", "1.2.840.113549.1.1.13");
        for (KeyAlgorithm algorithm : KeyAlgorithm.values()) {
            map.put(algorithm.xmlSignatureUri(), algorithm.signatureOid());
        }
        return Map.copyOf(map);
    }

    private static Map<String, String> digestOids() {
        Map<String, String> map = new HashMap<>();
        map.put("http://www.w3.org/2000/09/xmldsig#sha1", "1.3.14.3.2.26");
        map.put("http://www.w3.org/2001/04/xmldsig-more#sha224", "2.16.840.1.101.3.4.2.4");
        map.put("http://www.w3.org/2001/04/xmlenc#sha256", "2.16.840.1.101.3.4.2.1");
        map.put("http://www.w3.org/2001/04/xmldsig-more#sha384", "2.16.840.1.101.3.4.2.2");
        map.put("http://www.w3.org/2001/04/xmlenc#sha512", "2.16.840.1.101.3.4.2.3");
        for (KeyAlgorithm algorithm : KeyAlgorithm.values()) {
            map.put(algorithm.xmlDigestUri(), algorithm.digestOid());
        }
        return Map.copyOf(map);
    }

    /** Holder whose class initialisation, run once by the JVM under its class-init lock, registers. */
    private static final class Registration {
        static final boolean DONE = registerAll();

        private Registration() {}

        private static boolean registerAll() {
            Init.init();
            register(KeyAlgorithm.GOST2004, GostSignatureAlgorithmSpi.Gost2004.class);
            register(KeyAlgorithm.GOST2015_256, GostSignatureAlgorithmSpi.Gost2015With256.class);
            register(KeyAlgorithm.GOST2015_512, GostSignatureAlgorithmSpi.Gost2015With512.class);
            register(KeyAlgorithm.GOST2012_256, GostSignatureAlgorithmSpi.Gost2012With256.class);
            register(KeyAlgorithm.GOST2012_512, GostSignatureAlgorithmSpi.Gost2012With512.class);
            return true;
        }

        private static void register(KeyAlgorithm algorithm, Class<? extends SignatureAlgorithmSpi> spi) {
            try {
                SignatureAlgorithm.register(algorithm.xmlSignatureUri(), spi);
            } catch (AlgorithmAlreadyRegisteredException e) {
                // registered earlier (another class loader's copy, or the application): keep theirs
            } catch (ClassNotFoundException | XMLSecurityException e) {
                throw new IllegalStateException("cannot register " + algorithm.xmlSignatureUri(), e);
            }
            if (JCEMapper.translateURItoJCEID(algorithm.xmlDigestUri()) == null) {
                JCEMapper.register(
                        algorithm.xmlDigestUri(), new JCEMapper.Algorithm("", algorithm.digestName(), "MessageDigest"));
            }
        }
    }
}
