package kz.qoltanba.signing.cert;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import kz.qoltanba.signing.MalformedInputException;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;

/** Turns DER, PEM or bare base64 bytes into a parsed certificate structure. */
final class CertificateDecoding {
    private static final byte DER_SEQUENCE = 0x30;
    private static final Set<String> PEM_TYPES = Set.of("CERTIFICATE", "X509 CERTIFICATE");

    private CertificateDecoding() {}

    static X509CertificateHolder decode(byte[] input) throws MalformedInputException {
        if (input == null || input.length == 0) {
            throw new MalformedInputException("the certificate input is empty");
        }
        byte[] der = input[0] == DER_SEQUENCE ? input : textToDer(new String(input, StandardCharsets.ISO_8859_1));
        return holder(der);
    }

    static X509CertificateHolder holder(byte[] der) throws MalformedInputException {
        try {
            return new X509CertificateHolder(der);
        } catch (IOException | RuntimeException e) {
            throw new MalformedInputException("not a DER-encoded X.509 certificate: " + e.getMessage(), e);
        }
    }

    private static byte[] textToDer(String text) throws MalformedInputException {
        return text.contains("-----BEGIN ") ? pemToDer(text) : base64ToDer(text);
    }

    /** The first CERTIFICATE block; other blocks before it (a key, a CMS) are skipped. */
    private static byte[] pemToDer(String text) throws MalformedInputException {
        try (PemReader reader = new PemReader(new StringReader(text))) {
            String skipped = null;
            for (PemObject object = reader.readPemObject(); object != null; object = reader.readPemObject()) {
                if (PEM_TYPES.contains(object.getType())) {
                    return object.getContent();
                }
                skipped = object.getType();
            }
            throw new MalformedInputException(
                    skipped == null
                            ? "the PEM input has no complete -----BEGIN/-----END block"
                            : "the PEM input holds no CERTIFICATE block, only " + skipped);
        } catch (IOException | RuntimeException e) {
            throw new MalformedInputException("malformed PEM certificate: " + e.getMessage(), e);
        }
    }

    private static byte[] base64ToDer(String text) throws MalformedInputException {
        String compact = text.replaceAll("\\s+", "");
        try {
            byte[] der = Base64.getDecoder().decode(compact);
            if (der.length == 0 || der[0] != DER_SEQUENCE) {
                throw new MalformedInputException("the input is neither DER, PEM nor base64 of a certificate");
            }
            return der;
        } catch (IllegalArgumentException e) {
            throw new MalformedInputException("the input is neither DER, PEM nor base64 of a certificate", e);
        }
    }
}
