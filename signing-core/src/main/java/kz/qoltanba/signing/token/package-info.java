/** Key stores: key files (PKCS#12 including NCA's KZ GOST files, JKS) and PKCS#11 tokens. */
@Export
@Version("0.1.0")
package kz.qoltanba.signing.token;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
