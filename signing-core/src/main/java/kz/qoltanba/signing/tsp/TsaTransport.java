package kz.qoltanba.signing.tsp;

import kz.qoltanba.signing.SigningException;

/** Carries one DER TimeStampReq to the TSA and returns its DER TimeStampResp. */
public interface TsaTransport {

    byte[] exchange(TsaConfig config, byte[] timeStampQuery) throws SigningException;

    /**
     * The default transport: {@link java.net.HttpURLConnection}, {@code application/timestamp-query}
     * POST, per-request proxy and timeouts (no JVM-wide settings). See {@link HttpTsaTransport} for how
     * proxy credentials are sent.
     */
    static TsaTransport http() {
        return new HttpTsaTransport();
    }
}
