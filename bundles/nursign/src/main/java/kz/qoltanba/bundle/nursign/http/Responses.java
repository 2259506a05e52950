package kz.qoltanba.bundle.nursign.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;

/** Gives a connection back for keep-alive (an NTLM proxy authenticates the connection, not the request). */
final class Responses {
    private Responses() {}

    /** Reads what is left of the error body (bounded) and closes it; the success body is closed by its reader. */
    static void release(HttpURLConnection connection) {
        if (connection == null) {
            return;
        }
        try (InputStream error = connection.getErrorStream()) {
            if (error != null) {
                error.readNBytes(PortalAnswers.MAX_ANSWER_BYTES);
            }
        } catch (IOException e) {
            connection.disconnect();
        }
    }

    static void discard(InputStream in) throws IOException {
        if (in != null) {
            try (in) {
                in.transferTo(OutputStream.nullOutputStream());
            }
        }
    }
}
