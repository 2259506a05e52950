package kz.qoltanba.bridge.tls;

import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralSubtree;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.NameConstraints;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A per-installation certificate authority that lives only for one call: it issues the loopback server
 * certificate and is then forgotten. Its private key is never written anywhere and no reference to it survives
 * {@link #issue()}, so nobody can later issue another certificate that browsers of this user would trust. The CA
 * is also name-constrained to {@code 127.0.0.1}, {@code ::1} and {@code localhost}.
 */
final class LocalAuthority {
    /** Every nickname (and CA common name) this installation puts into trust stores starts with this. */
    static final String NICKNAME_PREFIX = "Qoltanba local CA";

    static final Duration SERVER_VALIDITY = Duration.ofDays(365);
    private static final Duration CA_VALIDITY = SERVER_VALIDITY.plusDays(1);
    private static final Duration BACKDATE = Duration.ofHours(1);

    private final Clock clock;
    private final SecureRandom random;

    LocalAuthority(Clock clock, SecureRandom random) {
        this.clock = clock;
        this.random = random;
    }

    /** The CA certificate, under its trust-store nickname, and the server key and chain (server, CA). */
    record Issued(String nickname, X509Certificate authority, KeyPair serverKeys, X509Certificate server) {}

    Issued issue() throws GeneralSecurityException {
        byte[] id = new byte[6];
        random.nextBytes(id);
        String nickname = NICKNAME_PREFIX + " " + HexFormat.of().formatHex(id);
        X500Name caName = new X500Name("CN=" + nickname + ", O=Qoltanba bridge");
        Instant now = clock.instant();
        KeyPair caKeys = newKeyPair();
        KeyPair serverKeys = newKeyPair();
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder ca = new JcaX509v3CertificateBuilder(
                    caName, serial(), from(now), Date.from(now.plus(CA_VALIDITY)), caName, caKeys.getPublic());
            ca.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
            ca.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            ca.addExtension(
                    Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(caKeys.getPublic()));
            ca.addExtension(Extension.nameConstraints, true, loopbackOnly());
            X509Certificate authority = sign(ca, caKeys.getPrivate());

            X509v3CertificateBuilder server = new JcaX509v3CertificateBuilder(
                    authority,
                    serial(),
                    from(now),
                    Date.from(now.plus(SERVER_VALIDITY)),
                    new X500Name("CN=127.0.0.1, O=Qoltanba bridge"),
                    serverKeys.getPublic());
            server.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            server.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            server.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
            server.addExtension(Extension.subjectAlternativeName, false, SelfSignedCertificateFactory.loopbackNames());
            server.addExtension(
                    Extension.authorityKeyIdentifier, false, extensions.createAuthorityKeyIdentifier(authority));
            return new Issued(nickname, authority, serverKeys, sign(server, caKeys.getPrivate()));
        } catch (IOException | OperatorCreationException e) {
            throw new GeneralSecurityException("Cannot build the local CA or server certificate", e);
        }
    }

    private KeyPair newKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), random);
        return generator.generateKeyPair();
    }

    private BigInteger serial() {
        byte[] serial = new byte[16];
        random.nextBytes(serial);
        return new BigInteger(1, serial);
    }

    private static Date from(Instant now) {
        return Date.from(now.minus(BACKDATE));
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key)
            throws OperatorCreationException, GeneralSecurityException {
        return new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(key)));
    }

    private static NameConstraints loopbackOnly() throws IOException {
        byte[] v4 = InetAddress.getByName("127.0.0.1").getAddress();
        byte[] v6 = InetAddress.getByName("::1").getAddress();
        byte[] v4Mask = {(byte) 255, (byte) 255, (byte) 255, (byte) 255};
        byte[] v6Mask = new byte[16];
        java.util.Arrays.fill(v6Mask, (byte) 255);
        GeneralSubtree[] permitted = {
            new GeneralSubtree(new GeneralName(GeneralName.iPAddress, new DEROctetString(concat(v4, v4Mask)))),
            new GeneralSubtree(new GeneralName(GeneralName.iPAddress, new DEROctetString(concat(v6, v6Mask)))),
            new GeneralSubtree(new GeneralName(GeneralName.dNSName, "localhost"))
        };
        return new NameConstraints(permitted, null);
    }

    private static byte[] concat(byte[] address, byte[] mask) {
        byte[] both = new byte[address.length + mask.length];
        System.arraycopy(address, 0, both, 0, address.length);
        System.arraycopy(mask, 0, both, address.length, mask.length);
        return both;
    }
}
