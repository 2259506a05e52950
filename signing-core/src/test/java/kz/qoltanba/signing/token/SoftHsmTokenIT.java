package kz.qoltanba.signing.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.AuthProvider;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.Provider;
import java.security.Security;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Map;
import kz.qoltanba.signing.TokenNotPresentException;
import kz.qoltanba.signing.WrongPasswordException;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.algorithm.Signatures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * PKCS#11 through SunPKCS11 against a real SoftHSM2 token created for the run: an RSA key and its
 * certificate are imported, then listed, used to sign, and the failure cases are provoked for real.
 */
class SoftHsmTokenIT {
    private static final String PIN = "12345678";
    private static final String SIGNING_TOKEN = "qoltanba-sign";
    private static final String OTHER_TOKEN = "qoltanba-other";

    private static SoftHsm softHsm;
    private static long signingSlot;
    private static long otherSlot;
    private static X509Certificate certificate;

    @BeforeAll
    static void createTokensAndImportAKey() throws Exception {
        softHsm = SoftHsm.prepare();
        signingSlot = softHsm.initToken(SIGNING_TOKEN, "87654321", PIN);
        otherSlot = softHsm.initToken(OTHER_TOKEN, "87654321", "24681357");
        KeyPair pair = TokenTestKeys.keyPair(KeyAlgorithm.RSA);
        certificate = TokenTestKeys.selfSigned("CN=Token Holder,SERIALNUMBER=IIN123456789011", pair);

        Provider importer = Security.getProvider("SunPKCS11")
                .configure(TokenConfig.atSlotId("import", SoftHsm.LIBRARY, signingSlot)
                        .sunPkcs11Configuration());
        KeyStore token = KeyStore.getInstance("PKCS11", importer);
        token.load(null, PIN.toCharArray());
        token.setKeyEntry("signer", pair.getPrivate(), null, new Certificate[] {certificate});
        ((AuthProvider) importer).logout();
    }

    @Test
    void whenTokenHoldsAnRsaKey_thenItIsListedWithItsCertificateAndSignsVerifiably() throws Exception {
        try (KeyStoreSource token = KeyStores.openToken(
                TokenConfig.atSlotId("SoftHSM2", SoftHsm.LIBRARY, signingSlot), PIN.toCharArray())) {
            assertThat(token.keys()).singleElement().satisfies(entry -> {
                assertThat(entry.alias()).isEqualTo("signer");
                assertThat(entry.certificate()).isEqualTo(certificate);
                assertThat(entry.provider()).isNotNull();
            });
            KeyEntry entry = token.key("signer");
            assertThat(entry.privateKey().getEncoded())
                    .as("a token key is a handle, never exported")
                    .isNull();

            byte[] data = "signed inside the token".getBytes(StandardCharsets.UTF_8);
            Signature signer = Signatures.forSigning(entry.privateKey(), entry.provider());
            assertThat(signer.getAlgorithm()).isEqualTo("SHA256withRSA");
            assertThat(signer.getProvider()).isSameAs(entry.provider());
            signer.update(data);
            byte[] value = signer.sign();

            assertThat(Signatures.verify(
                            Signatures.publicKey(certificate), KeyAlgorithm.RSA.signatureOid(), null, data, value))
                    .isTrue();
            data[0] ^= 1;
            assertThat(Signatures.verify(
                            Signatures.publicKey(certificate), KeyAlgorithm.RSA.signatureOid(), null, data, value))
                    .isFalse();
        }
    }

    @Test
    void whenStorageIsMappedToTheSoftHsmLibrary_thenItsTokenOpensThroughTheMapping() throws Exception {
        Pkcs11Libraries libraries =
                Pkcs11Libraries.defaults().withOverrides(Map.of(StorageType.KAZTOKEN, SoftHsm.LIBRARY));
        int index = softHsm.slotListIndex(SIGNING_TOKEN);

        try (KeyStoreSource token = KeyStores.openToken(StorageType.KAZTOKEN, libraries, index, PIN.toCharArray())) {
            assertThat(token.name()).contains("AKKaztokenStore");
            assertThat(token.key("signer").certificate()).isEqualTo(certificate);
        }
    }

    @Test
    void whenPinIsWrong_thenWrongPasswordSaysPinAndNotThePin() {
        assertThatThrownBy(() -> KeyStores.openToken(
                        TokenConfig.atSlotId("SoftHSM2", SoftHsm.LIBRARY, otherSlot), "11112222".toCharArray()))
                .isInstanceOf(WrongPasswordException.class)
                .hasMessageContaining("wrong PIN")
                .hasMessageNotContaining("11112222");
    }

    @Test
    void whenSlotHoldsNoInitialisedToken_thenTokenNotPresentIsReported() throws Exception {
        long free = softHsm.freeSlotId();

        assertThatThrownBy(() ->
                        KeyStores.openToken(TokenConfig.atSlotId("SoftHSM2", SoftHsm.LIBRARY, free), PIN.toCharArray()))
                .isInstanceOf(TokenNotPresentException.class)
                .hasMessageContaining("slot " + free);
    }

    @Test
    void whenSlotDoesNotExist_thenTokenNotPresentIsReported() {
        assertThatThrownBy(() -> KeyStores.openToken(
                        TokenConfig.atSlotListIndex("SoftHSM2", SoftHsm.LIBRARY, 40), PIN.toCharArray()))
                .isInstanceOf(TokenNotPresentException.class)
                .hasMessageContaining("slot list index 40");
        assertThatThrownBy(() -> KeyStores.openToken(
                        TokenConfig.atSlotId("SoftHSM2", SoftHsm.LIBRARY, 987_654_321_0L), PIN.toCharArray()))
                .isInstanceOf(TokenNotPresentException.class);
    }

    @Test
    void whenLibraryIsMissing_thenTokenNotPresentNamesTheLibrary() {
        Path missing = Path.of("/nonexistent/libkztokenp11.so");

        assertThatThrownBy(() -> KeyStores.openToken(
                        TokenConfig.atSlotListIndex("AKKaztokenStore", missing, 0), PIN.toCharArray()))
                .isInstanceOf(TokenNotPresentException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("not installed");
    }
}
