/**
 * The NURSign module's file contract (bridge-protocol.md §6): {@code GET /files/check_by_hash/<sha256>} and
 * {@code POST /files/upload} with parts token, hash, signature and (when the portal does not have it yet)
 * file. Files are streamed to disk, checked against the announced hash, their detached CMS verified, and
 * stored once per SHA-256 with one verified signature per upload.
 */
package kz.qoltanba.portal.procurement.files;
