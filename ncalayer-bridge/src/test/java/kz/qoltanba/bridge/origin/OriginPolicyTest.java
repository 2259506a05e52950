package kz.qoltanba.bridge.origin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OriginPolicyTest {
    private static final Set<Origin> LISTED = Set.of(
            Origin.parse("https://portal.example.com").orElseThrow(),
            Origin.parse("http://127.0.0.1:8080").orElseThrow());
    private static final List<String> SUFFIXES = List.of("gov.kz", "egov.kz");

    @ParameterizedTest(name = "{0} -> interactive {1}, unattended {2}")
    @CsvSource({
        "https://portal.example.com, ACCEPT, ACCEPT",
        "HTTPS://Portal.Example.com:443/, ACCEPT, ACCEPT",
        "http://127.0.0.1:8080, ACCEPT, ACCEPT",
        "https://gov.kz, ACCEPT, ACCEPT",
        "https://goszakup.gov.kz, ACCEPT, ACCEPT",
        "https://a.b.egov.kz:8443, ACCEPT, ACCEPT",
        "https://evilgov.kz, ASK_CONSENT, REFUSE",
        "https://gov.kz.evil.tld, ASK_CONSENT, REFUSE",
        "https://other.example, ASK_CONSENT, REFUSE",
        "http://goszakup.gov.kz, REFUSE, REFUSE",
        "http://127.0.0.1:9090, REFUSE, REFUSE",
        "http://other.example, REFUSE, REFUSE",
        "file://, REFUSE, REFUSE",
        "null, REFUSE, REFUSE",
        "'', REFUSE, REFUSE",
    })
    void whenOriginIsChecked_thenTheTableOfSection7Decides(
            String origin, OriginDecision interactive, OriginDecision unattended) {
        assertThat(new OriginPolicy(LISTED, SUFFIXES, true).decide(origin)).isEqualTo(interactive);
        assertThat(new OriginPolicy(LISTED, SUFFIXES, false).decide(origin)).isEqualTo(unattended);
    }

    @ParameterizedTest
    @CsvSource({"true", "false"})
    void whenNoOriginHeader_thenRefused(boolean prompting) {
        assertThat(new OriginPolicy(LISTED, SUFFIXES, prompting).decide(null)).isEqualTo(OriginDecision.REFUSE);
    }

    @ParameterizedTest
    @CsvSource({"https://other.example"})
    void whenUserAllowedAlways_thenLaterSocketsAreAccepted(String origin) {
        OriginPolicy policy = new OriginPolicy(LISTED, SUFFIXES, true);

        policy.rememberAllowed(Origin.parse(origin).orElseThrow());

        assertThat(policy.decide(origin)).isEqualTo(OriginDecision.ACCEPT);
        assertThat(policy.decide("https://third.example")).isEqualTo(OriginDecision.ASK_CONSENT);
    }

    @ParameterizedTest
    @CsvSource({"https://other.example"})
    void whenAnOriginWasAllowedAlways_thenUnattendedModeStillRefusesIt(String origin) throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("allowed-origins", "");
        try {
            java.nio.file.Files.writeString(file, origin + "\n");
            OriginPolicy unattended = new OriginPolicy(LISTED, SUFFIXES, false, RememberedOrigins.load(file));
            OriginPolicy desktop = new OriginPolicy(LISTED, SUFFIXES, true, RememberedOrigins.load(file));

            assertThat(unattended.decide(origin)).isEqualTo(OriginDecision.REFUSE);
            assertThat(unattended.allowedByUser(Origin.parse(origin).orElseThrow()))
                    .isFalse();
            assertThat(desktop.decide(origin)).isEqualTo(OriginDecision.ACCEPT);
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }
}
