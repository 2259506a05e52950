/**
 * RFC 3161 time-stamp client: a {@link kz.qoltanba.signing.tsp.TimestampClient} over an injected {@link
 * kz.qoltanba.signing.tsp.TsaTransport} (HTTP by default, with optional proxy), used for CAdES-T.
 */
@Export
@Version("0.1.0")
package kz.qoltanba.signing.tsp;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
