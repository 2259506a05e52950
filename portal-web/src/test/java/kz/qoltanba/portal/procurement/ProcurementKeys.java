package kz.qoltanba.portal.procurement;

import java.security.SecureRandom;
import java.time.Clock;
import kz.qoltanba.portal.signing.DevCertificates;
import kz.qoltanba.portal.signing.DevHolder;
import kz.qoltanba.portal.testutil.TestPki;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.cert.KeyPurpose;
import kz.qoltanba.signing.token.KeyEntry;

/** The spec's procurement fixture USR1 (§7.0) from the tests' development PKI: AUTH_RSA and GOST SIGN keys. */
public final class ProcurementKeys {
    public static final DevHolder USR1 =
            DevHolder.employee("НУРЛАНОВ", "АРМАН", "СЕРИКОВИЧ", "910606300666", "ТОО \"ФармИмпорт\"", "170840045678");

    private static ProcurementKeys instance;

    public final KeyEntry usr1Auth;
    public final KeyEntry usr1Sign;

    private ProcurementKeys() throws SigningException {
        TestPki pki = TestPki.get();
        SecureRandom random = new SecureRandom();
        usr1Auth = DevCertificates.issue(pki.pki(), KeyAlgorithm.RSA, USR1, KeyPurpose.AUTH, Clock.systemUTC(), random);
        usr1Sign = DevCertificates.issue(
                pki.pki(), KeyAlgorithm.GOST2015_512, USR1, KeyPurpose.SIGN, Clock.systemUTC(), random);
    }

    public static synchronized ProcurementKeys get() {
        if (instance == null) {
            try {
                instance = new ProcurementKeys();
            } catch (SigningException e) {
                throw new IllegalStateException("cannot issue the USR1 keys", e);
            }
        }
        return instance;
    }
}
