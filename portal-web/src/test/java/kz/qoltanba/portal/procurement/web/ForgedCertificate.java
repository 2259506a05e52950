package kz.qoltanba.portal.procurement.web;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** A self-made certificate that copies a real one's issuer and serial but names someone else. */
final class ForgedCertificate {
    static final String SURNAME = "ПОДДЕЛОВ";
    static final String GIVEN_NAME = "ФАЛЬШ";

    private static final Pattern FIRST_CERTIFICATE = Pattern.compile("<((?:[A-Za-z0-9_]+:)?)X509Certificate>");

    private ForgedCertificate() {}

    static X509Certificate sameSerialAs(X509Certificate real, String email) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.CN, SURNAME + " " + GIVEN_NAME)
                .addRDN(BCStyle.SURNAME, SURNAME)
                .addRDN(BCStyle.GIVENNAME, GIVEN_NAME)
                .addRDN(BCStyle.SERIALNUMBER, "IIN" + iinOf(real))
                .addRDN(BCStyle.EmailAddress, email)
                .build();
        BigInteger serial = real.getSerialNumber();
        var builder = new JcaX509v3CertificateBuilder(
                X500Name.getInstance(real.getIssuerX500Principal().getEncoded()),
                serial,
                real.getNotBefore(),
                real.getNotAfter(),
                subject,
                keys.getPublic());
        return new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
    }

    /** Puts {@code base64Der} in front of the first {@code X509Certificate} of the signed XML's KeyInfo. */
    static String prependToKeyInfo(String signedXml, String base64Der) {
        Matcher m = FIRST_CERTIFICATE.matcher(signedXml);
        if (!m.find()) {
            throw new AssertionError("no X509Certificate in the signed XML");
        }
        String prefix = m.group(1);
        String forged = "<" + prefix + "X509Certificate>" + base64Der + "</" + prefix + "X509Certificate>";
        return signedXml.substring(0, m.start()) + forged + signedXml.substring(m.start());
    }

    private static String iinOf(X509Certificate real) {
        Matcher m = Pattern.compile("IIN(\\d{12})")
                .matcher(real.getSubjectX500Principal().getName());
        return m.find() ? m.group(1) : "910606300666";
    }
}
