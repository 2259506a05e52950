/**
 * Signature algorithms: RSA through the JDK, GOST R 34.10-2012 and the Kazakh GOST 34.310-2004 /
 * 34.10-2015 algorithms through Bouncy Castle's lightweight engines, with the Kazakh OIDs and byte order.
 */
@Export
@Version("0.1.0")
package kz.qoltanba.signing.algorithm;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
