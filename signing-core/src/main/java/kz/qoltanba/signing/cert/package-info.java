/**
 * Certificate profiles: what an X.509 certificate says about its holder, read with the Kazakh NCA rules
 * (IIN/BIN, subject type, key purpose, roles from Extended Key Usage) into {@link
 * kz.qoltanba.signing.cert.CertificateInfo}.
 */
@Export
@Version("0.1.0")
package kz.qoltanba.signing.cert;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
