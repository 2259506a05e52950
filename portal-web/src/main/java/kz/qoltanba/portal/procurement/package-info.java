/**
 * The procurement area (seed 003): user accounts registered from a certificate with a signed user
 * agreement, certificate-then-password login with lockout, e-mail activation and password recovery, and the
 * NURSign module's file check and upload endpoints.
 */
package kz.qoltanba.portal.procurement;
