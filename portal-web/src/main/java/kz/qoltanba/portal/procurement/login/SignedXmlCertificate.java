package kz.qoltanba.portal.procurement.login;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.qoltanba.signing.MalformedInputException;
import kz.qoltanba.signing.cert.CertificateInfo;

/**
 * Reads the signer's certificate back from a signed XML document the pipeline has already verified, for the
 * fields the pipeline's signer identity does not carry (e-mail, surname, patronymic): the {@code
 * X509Certificate} of {@code KeyInfo} whose serial is the verified signer's.
 */
final class SignedXmlCertificate {
    private static final Pattern CERTIFICATE = Pattern.compile(
            "<(?:[A-Za-z0-9_]+:)?X509Certificate>([A-Za-z0-9+/=\\s]+)</(?:[A-Za-z0-9_]+:)?X509Certificate>");

    private SignedXmlCertificate() {}

    static Optional<CertificateInfo> of(byte[] signedXml, String serialHex) {
        Matcher m = CERTIFICATE.matcher(new String(signedXml, StandardCharsets.UTF_8));
        while (m.find()) {
            try {
                byte[] der = Base64.getMimeDecoder().decode(m.group(1).replaceAll("\\s", ""));
                X509Certificate certificate = (X509Certificate)
                        CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
                CertificateInfo info = CertificateInfo.of(certificate);
                if (info.serialNumber().equalsIgnoreCase(serialHex)) {
                    return Optional.of(info);
                }
            } catch (CertificateException | MalformedInputException | IllegalArgumentException e) {
                // not the signer's certificate; keep looking
            }
        }
        return Optional.empty();
    }
}
