/**
 * XMLDSig: enveloped signatures over a whole document or an element chosen by Id or XPath, with RSA and
 * the Kazakh GOST algorithms, several signatures per document, crypto-level verification, and a safe XML
 * parser ({@link kz.qoltanba.signing.xml.SafeXml}) that other modules parse XML through.
 */
@Export
@Version("0.1.0")
package kz.qoltanba.signing.xml;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
