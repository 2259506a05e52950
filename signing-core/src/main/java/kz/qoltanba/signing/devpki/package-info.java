/**
 * Development PKI: a Kazakh-like certificate hierarchy generated on demand (RSA-2048 and KZ GOST-2015/512
 * with the Kazakh OIDs), with named personas as NCA issues them, and OCSP, CRL and RFC 3161 time-stamp
 * servers over real HTTP, all driven by an injected clock.
 *
 * <p><strong>This is a development and test stand-in.</strong> Its keys are generated in memory, its
 * certificates are trusted by nobody, and no production path of the library uses it. It exists for
 * tests, for the portal's demo mode and as a standalone process ({@link DevPkiMain}).
 */
@Export
@Version("0.1.0")
package kz.qoltanba.signing.devpki;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
