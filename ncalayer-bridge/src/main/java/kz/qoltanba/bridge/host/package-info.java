/** The embedded OSGi framework that runs module bundles, and the registry view the socket layer routes by. */
package kz.qoltanba.bridge.host;
