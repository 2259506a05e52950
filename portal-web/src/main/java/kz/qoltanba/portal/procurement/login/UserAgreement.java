package kz.qoltanba.portal.procurement.login;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * «СОГЛАШЕНИЕ об использовании веб-портала электронных закупок Пользователем» and the XML the user signs for it
 * (spec §6.2, S-04): the SHA-256 of exactly the text shown, its version, the user's IIN and e-mail, a nonce.
 */
final class UserAgreement {
    static final String VERSION = "1";

    private final String text;
    private final String textSha256;

    private UserAgreement(String text) {
        this.text = text;
        try {
            this.textSha256 = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK offers no SHA-256", e);
        }
    }

    static UserAgreement load() {
        try (InputStream in = UserAgreement.class.getResourceAsStream("/procurement/user-agreement.txt")) {
            if (in == null) {
                throw new IllegalStateException("the resource procurement/user-agreement.txt is missing");
            }
            return new UserAgreement(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the user agreement", e);
        }
    }

    String text() {
        return text;
    }

    String xml(String iin, String email, String nonce, Instant issuedAt) {
        return "<agreement xmlns=\"urn:portal-web:agreement:1\" type=\"USER\"><version>" + VERSION + "</version>"
                + "<textSha256>" + textSha256 + "</textSha256><iin>" + XmlText.escape(iin) + "</iin><email>"
                + XmlText.escape(email) + "</email><issuedAt>" + issuedAt + "</issuedAt><nonce>" + nonce
                + "</nonce></agreement>";
    }
}
