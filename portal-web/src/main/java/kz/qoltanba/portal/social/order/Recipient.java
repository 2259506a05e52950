package kz.qoltanba.portal.social.order;

/** A service recipient, created at the first login from the certificate's IIN and name (L3). */
public record Recipient(long id, String iin, String fullName, String phone, String email, String address) {}
