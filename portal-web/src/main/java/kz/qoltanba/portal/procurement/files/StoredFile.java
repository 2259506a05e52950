package kz.qoltanba.portal.procurement.files;

/** A file the portal holds, identified to the signing app by {@code id}. */
public record StoredFile(String id, String sha256, String fileName, long fileSize, String storageName) {}
