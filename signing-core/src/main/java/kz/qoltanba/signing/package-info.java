/** Signing core: the exception hierarchy shared by every package of the library. */
@Export
@Version("0.1.0")
package kz.qoltanba.signing;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
