package kz.qoltanba.signing.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.token.KeyEntry;
import org.apache.xml.security.algorithms.SignatureAlgorithm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The GOST URIs are registered in Santuario, usable through its own API, and registration is race-free. */
class XmlAlgorithmsTest {
    private static final byte[] DOCUMENT = "<doc><v>42</v></doc>".getBytes(StandardCharsets.UTF_8);

    @ParameterizedTest
    @EnumSource(value = KeyAlgorithm.class, names = "GOST.*", mode = EnumSource.Mode.MATCH_ANY)
    void whenSigningWithAnyGostFamily_thenTheFamilysUrisAreWrittenAndVerify(KeyAlgorithm family) throws Exception {
        KeyEntry key = XmlTestKeys.gost(family, family.name());

        byte[] signed = XmlSigner.create().sign(DOCUMENT, key, XmlSignOptions.wholeDocument());
        XmlSignatureCheck check = XmlSignatureVerifier.create().verify(signed).get(0);

        assertThat(check.valid()).isTrue();
        assertThat(check.signatureMethod()).isEqualTo(family.xmlSignatureUri());
        assertThat(check.references().get(0).digestMethod()).isEqualTo(family.xmlDigestUri());
    }

    @ParameterizedTest
    @EnumSource(value = KeyAlgorithm.class, names = "GOST.*", mode = EnumSource.Mode.MATCH_ANY)
    void whenSantuarioItselfUsesAGostUri_thenItsSignatureAlgorithmSignsAndVerifies(KeyAlgorithm family)
            throws Exception {
        XmlAlgorithms.ensureRegistered();
        KeyEntry key = XmlTestKeys.gost(family, family.name());
        byte[] data = "canonical SignedInfo".getBytes(StandardCharsets.UTF_8);

        SignatureAlgorithm signing = new SignatureAlgorithm(SafeXml.newDocument(), family.xmlSignatureUri());
        signing.initSign(key.privateKey());
        signing.update(data);
        byte[] value = signing.sign();
        SignatureAlgorithm verifying = new SignatureAlgorithm(SafeXml.newDocument(), family.xmlSignatureUri());
        verifying.initVerify(key.certificate().getPublicKey());
        verifying.update(data);
        SignatureAlgorithm tampered = new SignatureAlgorithm(SafeXml.newDocument(), family.xmlSignatureUri());
        tampered.initVerify(key.certificate().getPublicKey());
        tampered.update("something else".getBytes(StandardCharsets.UTF_8));

        assertThat(verifying.verify(value)).isTrue();
        assertThat(tampered.verify(value)).isFalse();
    }

    @Test
    void whenManyThreadsSignAndVerifyAtOnce_thenEverySignatureVerifies() throws Exception {
        KeyEntry gost = XmlTestKeys.gost2015("concurrent GOST");
        KeyEntry rsa = XmlTestKeys.rsa("concurrent RSA");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> tasks = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                KeyEntry key = i % 2 == 0 ? gost : rsa;
                byte[] document = ("<doc n=\"" + i + "\"/>").getBytes(StandardCharsets.UTF_8);
                tasks.add(() -> {
                    XmlAlgorithms.ensureRegistered();
                    byte[] signed = XmlSigner.create().sign(document, key, XmlSignOptions.wholeDocument());
                    return XmlSignatureVerifier.create().verify(signed).get(0).valid();
                });
            }
            for (Future<Boolean> result : pool.invokeAll(tasks)) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
