/**
 * What a module bundle sees of the host: the module service it registers ({@link kz.qoltanba.bridge.spi.NcaModule})
 * and the host services it may ask for a key choice, a signature and a file choice. The host signs; a bundle
 * never holds a private key. This is the only bridge package the system bundle exports.
 */
@Export
@Version("0.4.0")
package kz.qoltanba.bridge.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
