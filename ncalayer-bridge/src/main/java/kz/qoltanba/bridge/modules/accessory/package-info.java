/** The {@code kz.gov.pki.ncalayerservices.accessory} module: bundles, services, version and the host's windows. */
package kz.qoltanba.bridge.modules.accessory;
