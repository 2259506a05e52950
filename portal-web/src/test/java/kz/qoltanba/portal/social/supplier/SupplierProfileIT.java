package kz.qoltanba.portal.social.supplier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.qoltanba.portal.social.Actor;
import kz.qoltanba.portal.social.SocialWorld;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SupplierProfileIT {
    private final SocialWorld world = new SocialWorld();

    @AfterEach
    void close() throws Exception {
        world.close();
    }

    @Test
    void whenSupplierEntersFirstTime_thenOrganisationIsPrefilledFromRegistryWithRealEstate() {
        Organisation org = world.tx(c -> world.profile.enter(c, SocialWorld.SUPPLIER_A));

        assertThat(org.nameRu()).isEqualTo("ТОО \"ДЕВ ТЕСТ\"");
        assertThat(org.headName()).isEqualTo("ЖАКСЫБЕКОВ ЕРЛАН");
        assertThat(org.offerAccepted()).isFalse();
        List<String> addresses = world.tx(c -> world.organisations.realEstateAddresses(c, SocialWorld.SUPPLIER_A));
        assertThat(addresses).containsExactly(SocialWorld.WAREHOUSE, SocialWorld.AKTOBE);
    }

    @Test
    void whenOrganisationIsLiquidated_thenEntryIsRefusedAndNothingStored() {
        assertThat(world.refused(c -> world.profile.enter(c, SocialWorld.LIQUIDATED))
                        .key())
                .isEqualTo("social.login.liquidated");
        Optional<Organisation> stored = world.tx(c -> world.organisations.find(c, SocialWorld.LIQUIDATED));
        assertThat(stored).isEmpty();
    }

    @Test
    void whenOfferBoxIsNotTicked_thenAcceptanceIsRefused_andCabinetStaysClosed() {
        Actor a = world.supplierA;
        world.tx(c -> world.profile.enter(c, a.bin()));

        assertThat(world.refused(c -> {
                            world.profile.acceptOffer(c, a, false);
                            return null;
                        })
                        .key())
                .isEqualTo("social.offer.notTicked");
        assertThat(world.refused(c -> {
                            world.profile.saveContacts(c, a, contacts("+7 701 123 4567"));
                            return null;
                        })
                        .key())
                .isEqualTo("social.offer.required");
    }

    @Test
    void whenOfferAccepted_thenAcceptanceIsStoredWithWhoAndWhen() {
        Actor a = world.supplierA;
        world.tx(c -> world.profile.enter(c, a.bin()));
        world.tx(c -> {
            world.profile.acceptOffer(c, a, true);
            return null;
        });

        Organisation org = world.tx(c -> world.organisations.find(c, a.bin())).orElseThrow();
        assertThat(org.offerAcceptedAt()).isEqualTo(world.clock.instant());
        assertThat(org.offerAcceptedBy()).isEqualTo(a.iin());
        assertThat(world.journal).contains(a.iin() + " social.offer.accept organisation " + a.bin());
    }

    @Test
    void whenRequiredContactIsMissing_thenNothingIsSaved() {
        Actor a = world.supplierA;
        world.tx(c -> world.profile.enter(c, a.bin()));
        world.tx(c -> {
            world.profile.acceptOffer(c, a, true);
            return null;
        });

        assertThat(world.refused(c -> {
                            world.profile.saveContacts(c, a, contacts(""));
                            return null;
                        })
                        .key())
                .isEqualTo("social.profile.phone");
        assertThat(world.tx(c -> world.organisations.find(c, a.bin()))
                        .orElseThrow()
                        .profileSaved())
                .isFalse();

        world.tx(c -> {
            world.profile.saveContacts(c, a, contacts("+7 701 123 4567"));
            return null;
        });
        Organisation saved = world.tx(c -> world.organisations.find(c, a.bin())).orElseThrow();
        assertThat(saved.profileSaved()).isTrue();
        assertThat(saved.orderTypes()).containsExactly("PICKUP");
    }

    private static ContactsForm contacts(String phone) {
        return new ContactsForm("NON_STATIONARY", Set.of("PICKUP"), phone, "info@dev.kz", SocialWorld.WAREHOUSE);
    }
}
