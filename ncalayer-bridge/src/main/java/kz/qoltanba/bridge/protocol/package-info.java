/**
 * The wire protocol at the edge: frame classification, the stable error codes, the one mapper from failures
 * to envelopes, and the {@code uuid}/{@code id} echo. Envelopes are built only here.
 */
package kz.qoltanba.bridge.protocol;
