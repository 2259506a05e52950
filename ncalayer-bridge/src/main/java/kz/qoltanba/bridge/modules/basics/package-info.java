/** The {@code kz.gov.pki.knca.basics} module: named arguments, {@code status}/{@code body} envelope. */
package kz.qoltanba.bridge.modules.basics;
