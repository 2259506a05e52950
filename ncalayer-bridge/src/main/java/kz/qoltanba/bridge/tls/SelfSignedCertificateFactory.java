package kz.qoltanba.bridge.tls;

import java.math.BigInteger;
import java.net.InetAddress;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Makes the self-signed {@code 127.0.0.1}/{@code ::1}/{@code localhost} server certificate (ECDSA P-256, one
 * year) that lets a fresh installation start before {@code tls init} issues a trusted one.
 */
final class SelfSignedCertificateFactory {
    static final Duration VALIDITY = Duration.ofDays(365);

    private final Clock clock;
    private final SecureRandom random;

    SelfSignedCertificateFactory(Clock clock, SecureRandom random) {
        this.clock = clock;
        this.random = random;
    }

    record Issued(KeyPair keyPair, X509Certificate certificate) {}

    Issued issue() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), random);
        KeyPair keyPair = generator.generateKeyPair();
        X500Name name = new X500Name("CN=127.0.0.1, O=Qoltanba bridge (self-signed - not yet trusted)");
        Instant now = clock.instant();
        byte[] serial = new byte[16];
        random.nextBytes(serial);
        try {
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    name,
                    new BigInteger(1, serial),
                    Date.from(now.minus(Duration.ofHours(1))),
                    Date.from(now.plus(VALIDITY)),
                    name,
                    keyPair.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            builder.addExtension(
                    Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
            builder.addExtension(Extension.subjectAlternativeName, false, loopbackNames());
            var holder = builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keyPair.getPrivate()));
            return new Issued(keyPair, new JcaX509CertificateConverter().getCertificate(holder));
        } catch (OperatorCreationException | java.io.IOException e) {
            throw new GeneralSecurityException("Cannot build the server certificate", e);
        }
    }

    static GeneralNames loopbackNames() throws java.io.IOException {
        return new GeneralNames(new GeneralName[] {
            new GeneralName(
                    GeneralName.iPAddress,
                    new DEROctetString(InetAddress.getByName("127.0.0.1").getAddress())),
            new GeneralName(
                    GeneralName.iPAddress,
                    new DEROctetString(InetAddress.getByName("::1").getAddress())),
            new GeneralName(GeneralName.dNSName, "localhost")
        });
    }
}
