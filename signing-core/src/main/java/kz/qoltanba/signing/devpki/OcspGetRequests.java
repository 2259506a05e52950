package kz.qoltanba.signing.devpki;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import kz.qoltanba.signing.MalformedInputException;

/**
 * Decodes the request of an OCSP GET: the URL-encoded base64 of the DER request (RFC 6960 A.1). A bare
 * {@code +} is kept as base64's plus, as clients that do not escape it mean.
 */
final class OcspGetRequests {
    private OcspGetRequests() {}

    static byte[] decode(String rawPathSegment) throws MalformedInputException {
        try {
            return Base64.getDecoder()
                    .decode(URLDecoder.decode(rawPathSegment.replace("+", "%2B"), StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            throw new MalformedInputException("the OCSP GET path is not URL-encoded base64: " + e.getMessage(), e);
        }
    }
}
