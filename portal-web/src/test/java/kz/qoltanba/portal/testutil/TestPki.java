package kz.qoltanba.portal.testutil;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kz.qoltanba.portal.signing.DevCertificates;
import kz.qoltanba.portal.signing.DevHolder;
import kz.qoltanba.portal.signing.SigningSettings;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.cert.KeyPurpose;
import kz.qoltanba.signing.devpki.DevPki;
import kz.qoltanba.signing.devpki.DevPkiServer;
import kz.qoltanba.signing.devpki.Persona;
import kz.qoltanba.signing.token.KeyEntry;

/**
 * One development PKI per test JVM, served over HTTP (CRL, OCSP, TSA) on a free port, with the keys of
 * {@link TestKey}. Dates are relative to the real time at start.
 */
public final class TestPki {
    public static final DevHolder TSR1 =
            DevHolder.employee("АХМЕТОВ", "ЕРЛАН", "СЕРИКОВИЧ", "850101300111", "ТОО \"МедТехСервис\"", "180540012345");
    public static final DevHolder TSR1_INDIVIDUAL =
            DevHolder.individual("АХМЕТОВ", "ЕРЛАН", "СЕРИКОВИЧ", "850101300111");
    public static final DevHolder TSR1_ALT =
            DevHolder.employee("АХМЕТОВ", "ЕРЛАН", "СЕРИКОВИЧ", "850101300111", "ТОО \"СоцПакет\"", "190640023456");
    public static final DevHolder GSP1 =
            DevHolder.employee("СЕЙТКАЛИ", "АЙГЕРИМ", "НУРЛАНОВНА", "900202400222", "ТОО \"СоцПакет\"", "190640023456");

    private static TestPki instance;

    private final DevPkiServer server;
    private final Map<TestKey, KeyEntry> keys = new EnumMap<>(TestKey.class);

    private TestPki(DevPkiServer server) throws SigningException {
        this.server = server;
        DevPki pki = server.pki();
        Clock clock = Clock.systemUTC();
        SecureRandom random = new SecureRandom();
        keys.put(TestKey.TSR1_AUTH, DevCertificates.issue(pki, KeyAlgorithm.RSA, TSR1, KeyPurpose.AUTH, clock, random));
        keys.put(TestKey.TSR1_SIGN, DevCertificates.issue(pki, KeyAlgorithm.RSA, TSR1, KeyPurpose.SIGN, clock, random));
        keys.put(
                TestKey.TSR1_SIGN_GOST,
                DevCertificates.issue(pki, KeyAlgorithm.GOST2015_512, TSR1, KeyPurpose.SIGN, clock, random));
        keys.put(
                TestKey.TSR1_IND_AUTH,
                DevCertificates.issue(pki, KeyAlgorithm.RSA, TSR1_INDIVIDUAL, KeyPurpose.AUTH, clock, random));
        keys.put(
                TestKey.TSR1_IND_SIGN,
                DevCertificates.issue(pki, KeyAlgorithm.RSA, TSR1_INDIVIDUAL, KeyPurpose.SIGN, clock, random));
        keys.put(
                TestKey.TSR1_ALT_SIGN,
                DevCertificates.issue(pki, KeyAlgorithm.RSA, TSR1_ALT, KeyPurpose.SIGN, clock, random));
        keys.put(TestKey.GSP1_SIGN, DevCertificates.issue(pki, KeyAlgorithm.RSA, GSP1, KeyPurpose.SIGN, clock, random));
        keys.put(TestKey.GSP1_AUTH, DevCertificates.issue(pki, KeyAlgorithm.RSA, GSP1, KeyPurpose.AUTH, clock, random));
        keys.put(TestKey.REVOKED, pki.persona(Persona.REVOKED, KeyAlgorithm.RSA).keyEntry());
        keys.put(TestKey.EXPIRED, pki.persona(Persona.EXPIRED, KeyAlgorithm.RSA).keyEntry());
        keys.put(
                TestKey.UNTRUSTED,
                pki.persona(Persona.UNTRUSTED, KeyAlgorithm.RSA).keyEntry());
    }

    /** The shared PKI, started on first use and stopped with the JVM. */
    public static synchronized TestPki get() {
        if (instance == null) {
            try {
                DevPkiServer server = DevPkiServer.start(0, Clock.systemUTC(), new SecureRandom());
                instance = new TestPki(server);
                Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the development PKI", e);
            } catch (SigningException e) {
                throw new IllegalStateException("cannot generate the development PKI", e);
            }
        }
        return instance;
    }

    public DevPki pki() {
        return server.pki();
    }

    public KeyEntry key(TestKey key) {
        return keys.get(key);
    }

    public List<X509Certificate> trustAnchors() {
        return pki().algorithms().stream().map(a -> pki().root(a).certificate()).toList();
    }

    public List<X509Certificate> intermediates() {
        return pki().algorithms().stream()
                .map(a -> pki().intermediate(a).certificate())
                .toList();
    }

    /** Settings trusting this PKI, for a portal at {@code origin}. */
    public SigningSettings settings(String origin) {
        return SigningSettings.of(trustAnchors(), intermediates(), origin);
    }
}
