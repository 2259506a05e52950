package kz.qoltanba.signing.cms;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.qoltanba.signing.MalformedInputException;

/** The three forms of a CMS: DER, base64 and PEM ({@code -----BEGIN CMS-----}; {@code PKCS7} is read too). */
public final class CmsEncoding {
    private static final Pattern PEM =
            Pattern.compile("-----BEGIN (CMS|PKCS7)-----([A-Za-z0-9+/=\\s]*)-----END \\1-----", Pattern.DOTALL);
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/=\\s]+");
    private static final int SEQUENCE_TAG = 0x30;

    private CmsEncoding() {}

    public static String toBase64(byte[] der) {
        return Base64.getEncoder().encodeToString(der);
    }

    /** PEM with the {@code CMS} label (RFC 7468), 64-character lines. */
    public static String toPem(byte[] der) {
        return "-----BEGIN CMS-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END CMS-----\n";
    }

    /** DER from DER, PEM or bare base64 bytes; what the bytes hold is checked when they are parsed. */
    public static byte[] decode(byte[] input) throws MalformedInputException {
        if (input.length > 0 && (input[0] & 0xFF) == SEQUENCE_TAG) {
            return input;
        }
        return decode(new String(input, StandardCharsets.US_ASCII));
    }

    /** DER from PEM or bare base64 text. */
    public static byte[] decode(String text) throws MalformedInputException {
        String body = text.strip();
        Matcher pem = PEM.matcher(body);
        if (pem.find()) {
            body = pem.group(2);
        } else if (body.startsWith("-----BEGIN")) {
            throw new MalformedInputException("PEM input is neither a CMS nor a PKCS7 block, or is cut short");
        }
        if (body.isEmpty() || !BASE64.matcher(body).matches()) {
            throw new MalformedInputException("input is neither DER, PEM nor base64 CMS");
        }
        try {
            return Base64.getMimeDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw new MalformedInputException("garbage base64 in CMS input: " + e.getMessage(), e);
        }
    }
}
