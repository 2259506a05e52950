package kz.qoltanba.bundle.nursign.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.tsp.TsaConfig;
import kz.qoltanba.signing.tsp.TsaTransport;
import kz.qoltanba.signing.tsp.TsaUnavailableException;

/**
 * RFC 3161 over HTTP through the module's route. The small request is buffered (not streamed), so the JDK can
 * repeat it after a proxy challenge, Basic or NTLM.
 */
final class ProxiedTsaTransport implements TsaTransport {
    private static final int MAX_RESPONSE_BYTES = 1 << 20;

    private final Route route;

    ProxiedTsaTransport(Route route) {
        this.route = route;
    }

    @Override
    public byte[] exchange(TsaConfig config, byte[] timeStampQuery) throws SigningException {
        URI url = config.url();
        HttpURLConnection connection = null;
        try {
            connection = route.open(url, "POST", route.credentials(), config.timeout(), config.timeout());
            connection.setDoOutput(true);
            connection.setRequestProperty("Content-Type", "application/timestamp-query");
            connection.setRequestProperty("Accept", "application/timestamp-reply");
            try (OutputStream out = connection.getOutputStream()) {
                out.write(timeStampQuery);
            }
            int status = route.status(connection);
            if (status != HttpURLConnection.HTTP_OK) {
                throw new TsaUnavailableException("the TSA " + url + " answered HTTP " + status);
            }
            try (InputStream in = connection.getInputStream()) {
                byte[] answer = in.readNBytes(MAX_RESPONSE_BYTES + 1);
                if (answer.length > MAX_RESPONSE_BYTES) {
                    throw new TsaUnavailableException(
                            "the TSA " + url + " sent more than " + MAX_RESPONSE_BYTES + " bytes");
                }
                return answer;
            }
        } catch (IOException e) {
            throw new TsaUnavailableException("the TSA could not be reached: " + route.explain(url, e), e);
        } finally {
            Responses.release(connection);
        }
    }
}
