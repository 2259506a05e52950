package kz.qoltanba.portal.mail;

import java.time.Instant;

/** A stored mail. */
public record MailMessage(long id, Instant sentAt, String from, String to, String subject, String body) {}
