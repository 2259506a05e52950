package kz.qoltanba.portal.procurement.files;

import java.io.InputStream;
import java.util.Optional;

/**
 * The parts of an upload as they came off the wire; nothing in it is trusted yet.
 *
 * @param file the {@code file} part with its file name; absent when the signing app learnt the portal has it
 */
public record UnverifiedUpload(String token, String hash, String signature, Optional<IncomingFile> file) {
    /** A file part: the name the client gave and its bytes, read once. */
    public record IncomingFile(String fileName, InputStream content) {}

    @Override
    public String toString() {
        return "UnverifiedUpload[hash=" + hash + ", file="
                + file.map(IncomingFile::fileName).orElse("-") + "]";
    }
}
