/**
 * The built-in NCALayer modules ({@code kz.gov.pki.knca.commonUtils}, {@code kz.gov.pki.knca.basics},
 * {@code kz.gov.pki.ncalayerservices.accessory}) and their registration as module services. They reach the host
 * only through the module SPI, exactly as a third-party bundle does. Not public API.
 */
package kz.qoltanba.bridge.modules;
