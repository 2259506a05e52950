/**
 * CMS / CAdES signing: attached, detached, streamed, over a digest, co-signing and signature
 * time-stamps, with RSA, GOST-2012 and the Kazakh GOST families ({@link kz.qoltanba.signing.cms.CmsSigner});
 * DER, base64 and PEM forms ({@link kz.qoltanba.signing.cms.CmsEncoding}).
 */
@Export
@Version("0.1.0")
package kz.qoltanba.signing.cms;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
