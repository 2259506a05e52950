package kz.qoltanba.signing.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import kz.qoltanba.signing.ExpiredKeyException;
import kz.qoltanba.signing.KeyNotFoundException;
import kz.qoltanba.signing.KeyNotYetValidException;
import kz.qoltanba.signing.testutil.SharedFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Choosing a real NCA key for signing at an instant, with the fixtures' documented validity periods. */
class SigningKeysTest {
    private static KeyStoreSource store;
    private static String alias;

    @BeforeAll
    static void openNcaKey() throws Exception {
        store = KeyStores.open(
                StorageType.PKCS12,
                SharedFixtures.gost2015("individual__valid__individual_valid.p12"),
                SharedFixtures.PASSWORD.toCharArray());
        alias = store.keys().get(0).alias();
    }

    @Test
    void whenKeyIsValidAtTheSigningInstant_thenItIsChosen() throws Exception {
        KeyEntry entry = SigningKeys.chooseForSigning(store, alias, SharedFixtures.GOST2015_INSTANT);

        assertThat(entry).isSameAs(store.keys().get(0));
    }

    @Test
    void whenCertificateHasExpiredAtTheSigningInstant_thenExpiredKeyNamesNotAfter() {
        // The README gives 2027-05-08 as the end of validity of these keys.
        Instant later = Instant.parse("2027-06-01T00:00:00Z");

        assertThatThrownBy(() -> SigningKeys.chooseForSigning(store.keys(), alias, later))
                .isInstanceOf(ExpiredKeyException.class)
                .hasMessageContaining("notAfter 2027-05-08")
                .hasMessageContaining(alias);
    }

    @Test
    void whenCertificateIsNotYetValidAtTheSigningInstant_thenKeyNotYetValidNamesNotBefore() {
        Instant earlier = Instant.parse("2026-01-01T00:00:00Z");

        assertThatThrownBy(() -> SigningKeys.chooseForSigning(store, alias, earlier))
                .isInstanceOf(KeyNotYetValidException.class)
                .hasMessageContaining("notBefore 2026-05-08");
    }

    @Test
    void whenAliasIsUnknown_thenKeyNotFoundNamesTheAlias() {
        assertThatThrownBy(() -> SigningKeys.chooseForSigning(store, "0000", SharedFixtures.GOST2015_INSTANT))
                .isInstanceOf(KeyNotFoundException.class)
                .hasMessageContaining("0000");
        assertThatThrownBy(() -> SigningKeys.chooseForSigning(List.of(), "0000", SharedFixtures.GOST2015_INSTANT))
                .isInstanceOf(KeyNotFoundException.class);
    }
}
