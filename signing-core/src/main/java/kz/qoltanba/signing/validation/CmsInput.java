package kz.qoltanba.signing.validation;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.qoltanba.signing.MalformedInputException;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;

/** Decodes a CMS SignedData given as DER, PEM (CMS / PKCS7 labels) or bare base64. */
final class CmsInput {
    private static final Pattern PEM =
            Pattern.compile("-----BEGIN (CMS|PKCS7|PKCS #7 SIGNED DATA)-----([A-Za-z0-9+/=\\s]*)-----END \\1-----");

    private CmsInput() {}

    static CMSSignedData parse(byte[] input) throws MalformedInputException {
        if (input == null || input.length == 0) {
            throw new MalformedInputException("the signature is empty");
        }
        byte[] der = input[0] == 0x30 ? input : decodeText(input);
        try {
            return new CMSSignedData(der);
        } catch (CMSException | RuntimeException e) {
            throw new MalformedInputException("not a CMS SignedData structure: " + e.getMessage(), e);
        }
    }

    private static byte[] decodeText(byte[] input) throws MalformedInputException {
        String text = new String(input, StandardCharsets.US_ASCII).strip();
        if (text.startsWith("-----BEGIN")) {
            Matcher matcher = PEM.matcher(text);
            if (!matcher.find()) {
                throw new MalformedInputException("PEM input without a CMS or PKCS7 block");
            }
            text = matcher.group(2);
        }
        try {
            byte[] der = Base64.getMimeDecoder().decode(text.replaceAll("\\s", ""));
            if (der.length == 0 || der[0] != 0x30) {
                throw new MalformedInputException("the base64 text does not decode to a DER structure");
            }
            return der;
        } catch (IllegalArgumentException e) {
            throw new MalformedInputException("the signature is neither DER, PEM nor base64", e);
        }
    }
}
