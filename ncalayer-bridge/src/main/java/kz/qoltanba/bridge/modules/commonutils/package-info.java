/** The {@code kz.gov.pki.knca.commonUtils} module: positional arguments, {@code code}/{@code responseObject} envelope. */
package kz.qoltanba.bridge.modules.commonutils;
