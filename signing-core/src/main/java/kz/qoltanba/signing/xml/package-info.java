/**
 * XMLDSig: enveloped signatures over a whole document or an element chosen by Id or XPath, with RSA and
 * the Kazakh GOST algorithms, several signatures per document, crypto-level verification, and a safe XML
 * parser ({@link kz.qoltanba.signing.xml.SafeXml}) that other modules parse XML through.
 *
 * <p>Signing uses the key's family: rsa-sha256 with sha256 for RSA, the Kazakh URIs of
 * {@code KeyAlgorithm.xmlSignatureUri()/xmlDigestUri()} for GOST. By default a reference leaves out every
 * {@code ds:Signature} (XPath Filter 2.0), so documents can be co-signed without breaking earlier
 * signatures. Base64 values are written on one line, so output never contains {@code &#13;}; no global
 * Santuario property and no JCA provider is installed.
 */
@Export
@Version("0.1.0")
package kz.qoltanba.signing.xml;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
