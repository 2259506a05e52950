package kz.qoltanba.portal.social;

import java.util.Set;

/** What an upload is for, and so which content types it may have (recognised by their first bytes). */
public enum FileKind {
    /** Product photos: JPEG or PNG. */
    IMAGE(Set.of("image/jpeg", "image/png"), "JPEG или PNG"),
    /** Protocols, certificates, registration documents, founding documents: PDF. */
    PDF(Set.of("application/pdf"), "PDF"),
    /** Hand-over scans: PDF, JPEG or PNG. */
    SCAN(Set.of("application/pdf", "image/jpeg", "image/png"), "PDF, JPEG или PNG");

    private final Set<String> contentTypes;
    private final String formats;

    FileKind(Set<String> contentTypes, String formats) {
        this.contentTypes = contentTypes;
        this.formats = formats;
    }

    /** The accepted formats as a user reads them, e.g. «JPEG или PNG». */
    public String formats() {
        return formats;
    }

    public boolean accepts(String contentType) {
        return contentTypes.contains(contentType);
    }

    /** The content type the bytes show, or {@code application/octet-stream}. */
    public static String sniff(byte[] content) {
        if (startsWith(content, new byte[] {'%', 'P', 'D', 'F', '-'})) {
            return "application/pdf";
        }
        if (startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G'})) {
            return "image/png";
        }
        if (startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return "image/jpeg";
        }
        return "application/octet-stream";
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
