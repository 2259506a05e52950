/** The local TLS server key and certificate. */
package kz.qoltanba.bridge.tls;
