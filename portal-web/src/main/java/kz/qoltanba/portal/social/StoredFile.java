package kz.qoltanba.portal.social;

/** A file kept by the social area; {@code sha256} is what signed documents refer to. */
public record StoredFile(long id, String owner, String name, String contentType, long size, String sha256) {}
