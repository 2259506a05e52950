package kz.qoltanba.portal.procurement.files;

/** The answer to a successful upload, as the NURSign contract names it. */
public record UploadResult(String fileId, String fileName, long fileSize) {}
