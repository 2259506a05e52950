package kz.qoltanba.portal.standins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import kz.qoltanba.signing.devpki.Persona;
import org.junit.jupiter.api.Test;

/** The registers' stand-in as a real local HTTP service, and its client. */
class StandInsIT {
    @Test
    void whenTheDevPersonasAreAsked_thenTheRegistersKnowThem() {
        try (StandIns registers = StandIns.startDev()) {
            String bin = Persona.LEGAL_HEAD.bin().orElseThrow();
            Optional<RegisteredOrganisation> org = registers.organisations().find(bin);
            assertThat(org).hasValueSatisfying(o -> {
                assertThat(o.nameRu()).isEqualTo("ТОО \"ДЕВ ТЕСТ\"");
                assertThat(o.headIin()).isEqualTo(Persona.LEGAL_HEAD.iin().orElseThrow());
                assertThat(o.active()).isTrue();
            });
            List<RealEstateObject> estate = registers.realEstate().objectsOf(bin);
            assertThat(estate).extracting(RealEstateObject::address).contains("г. Актобе, ул. Маресьева 5");
            List<Entitlement> rights =
                    registers.entitlements().of(Persona.INDIVIDUAL_AUTH.iin().orElseThrow());
            assertThat(rights).extracting(Entitlement::tsrTypeId).contains("hearing-battery");
        }
    }

    @Test
    void whenABinIsUnknown_thenEmpty_andEmptyListsForRealEstateAndEntitlements() {
        try (StandIns registers = StandIns.startDev()) {
            assertThat(registers.organisations().find("000000000000")).isEmpty();
            assertThat(registers.realEstate().objectsOf("000000000000")).isEmpty();
            assertThat(registers.entitlements().of("000000000000")).isEmpty();
        }
    }

    @Test
    void whenTheNumberIsMalformed_thenTheServiceAnswers400_andTheClientRefusesBeforeAsking() throws Exception {
        try (StandIns registers = StandIns.startDev()) {
            HttpResponse<String> answer = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(registers.baseUrl().resolve("gbdul/organizations/12ab"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat(answer.body()).contains("12 digits");
            assertThatThrownBy(() -> registers.organisations().find("12ab"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("12 digits");
        }
    }

    @Test
    void whenTheServiceIsDown_thenTheClientSaysWhichRegisterIsUnavailable() {
        URI gone;
        try (StandIns registers = StandIns.startDev()) {
            gone = registers.baseUrl();
        }
        StandIns client = StandIns.connect(gone);
        assertThatThrownBy(() -> client.realEstate().objectsOf("210540001207"))
                .isInstanceOf(StandInUnavailableException.class)
                .hasMessageContaining("Регистр недвижимости");
    }
}
