package kz.qoltanba.portal.procurement.files;

import java.nio.file.Path;

/** A file written to the store's temporary area while its SHA-256 (lower-case hex) and size were computed. */
record ReceivedFile(Path temporary, String sha256, long size) {}
