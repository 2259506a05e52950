package kz.qoltanba.bundle.nursign.config;

import static kz.qoltanba.bundle.nursign.config.ConfigTexts.lines;
import static kz.qoltanba.bundle.nursign.config.ConfigTexts.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigKeysTest {
    private static final long MIB = 1L << 20;

    @Test
    void whenTheFileIsEmpty_thenEveryKeyHasItsContractDefault() {
        SettingsReader.Result result = read("");

        NursignSettings settings = result.settings();
        assertThat(result.problems()).isEmpty();
        assertThat(settings.allowAddresses())
                .containsExactly(URI.create("https://goszakup.gov.kz"), URI.create("https://v3bl.goszakup.gov.kz"));
        assertThat(settings.maxFileSizeBytes()).isEqualTo(20 * MIB);
        assertThat(settings.checkExistsUrl()).isEmpty();
        assertThat(settings.tsaUrl()).isEqualTo(URI.create("http://tsp.pki.gov.kz"));
        assertThat(settings.proxy()).isEmpty();
        assertThat(settings.useHttp()).isFalse();
        assertThat(settings.lang()).isEqualTo("ru");
        assertThat(settings.certCount()).isEqualTo(5);
        assertThat(NursignSettings.defaults()).isEqualTo(settings);
    }

    @Test
    void whenEveryKeyIsSet_thenEveryValueIsRead() {
        SettingsReader.Result result = read(lines(
                "allow_addresses=https://portal.test/app, http://127.0.0.1:8000",
                "max_file_size=50",
                "check_exists_url=https://portal.test/app/files/check_by_hash/",
                "tsa_url=https://tsa.test/tsp",
                "usehttp=Y",
                "lang=kk",
                "cert_count=9"));

        NursignSettings settings = result.settings();
        assertThat(result.problems()).isEmpty();
        assertThat(settings.allowAddresses())
                .containsExactly(URI.create("https://portal.test/app"), URI.create("http://127.0.0.1:8000"));
        assertThat(settings.maxFileSizeBytes()).isEqualTo(50 * MIB);
        assertThat(settings.checkExistsUrl()).contains(URI.create("https://portal.test/app/files/check_by_hash/"));
        assertThat(settings.tsaUrl()).isEqualTo(URI.create("https://tsa.test/tsp"));
        assertThat(settings.useHttp()).isTrue();
        assertThat(settings.lang()).isEqualTo("kk");
        assertThat(settings.certCount()).isEqualTo(9);
    }

    @Test
    void whenAFileLikeTheManualsSampleIsRead_thenOnlyTheUnreachableCheckUrlIsReported() {
        SettingsReader.Result result = read(lines(
                "#Wed Oct 25 14:38:54 ALMT 2017",
                "auth_login=",
                "usehttp=N",
                "allow_addresses=https://egzdev.ecc.kz,http://127.0.0.1:8000",
                "lang=ru",
                "use_ntlm=N",
                "use_auth=N",
                "check_exists_url=http://egzdev4.ecc.kz/ru/files/check_by_hash/",
                "auth_pass=",
                "max_file_size=50",
                "proxy_host=",
                "use_proxy=N",
                "cert_count=5",
                "rsa_url=http://tsp.pki.gov.kz",
                "proxy_port="));

        assertThat(result.settings().maxFileSizeBytes()).isEqualTo(50 * MIB);
        assertThat(result.settings().checkExistsUrl()).isPresent();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("check_exists_url");
            assertThat(p.line()).isEqualTo(8);
            assertThat(p.message()).contains("error 14", "usehttp=N");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"tsa_url", "tsa_URL", "rsa_url"})
    void whenTheTsaIsGivenUnderAnyOfItsNames_thenItIsUsed(String key) {
        SettingsReader.Result result = read(key + "=https\\://tsa.test/\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.settings().tsaUrl()).isEqualTo(URI.create("https://tsa.test/"));
    }

    @Test
    void whenAKeyIsGivenTwiceUnderDifferentNames_thenTheLaterLineWinsAndIsReported() {
        SettingsReader.Result result = read(lines("tsa_URL=https://one.test", "lang=kk", "rsa_url=https://two.test"));

        assertThat(result.settings().tsaUrl()).isEqualTo(URI.create("https://two.test"));
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("rsa_url");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("line 1", "tsa_URL");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"usehttp=Y", "useHttp=Y", "usehttp=y", "useHttp = y "})
    void whenUseHttpIsSwitchedOn_thenHttpPortalUrlsAreAllowed(String line) {
        SettingsReader.Result result = read(line + "\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.settings().useHttp()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "kk", "KK", " kk "})
    void whenLangIsRuOrKk_thenItIsUsedInLowerCase(String value) {
        SettingsReader.Result result = read("lang=" + value + "\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.settings().lang()).isEqualTo(value.trim().toLowerCase());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1", "50"})
    void whenCertCountIsWithinBounds_thenItIsUsed(String value) {
        assertThat(read("cert_count=" + value + "\n").settings().certCount()).isEqualTo(Integer.parseInt(value));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "max_file_size=abc",
                "max_file_size=-1",
                "max_file_size=0",
                "max_file_size=20MB",
                "max_file_size=1.5",
                "check_exists_url=files/check",
                "check_exists_url=ftp://portal.test/",
                "check_exists_url=https://portal.test/check#x",
                "tsa_url=tsp.pki.gov.kz",
                "tsa_url=https://user@tsa.test/",
                "allow_addresses=https://a.kz,goszakup.gov.kz",
                "allow_addresses=https://a.kz?x=1",
                "allow_addresses=https://",
                "allow_addresses=,",
                "usehttp=yes",
                "useHttp=1",
                "use_proxy=true",
                "use_auth=Д",
                "use_ntlm=NO",
                "proxy_host=http://proxy.test",
                "proxy_host=proxy test",
                "proxy_port=abc",
                "proxy_port=0",
                "proxy_port=65536",
                "lang=en",
                "cert_count=51",
                "cert_count=-1",
                "cert_count=many",
                "auth_login=a\\tb"
            })
    void whenAValueIsBad_thenItIsReportedWithKeyAndLineAndTheDefaultIsKept(String line) {
        String key = line.substring(0, line.indexOf('='));
        SettingsReader.Result result = read(lines("# settings", line));

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo(key);
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.toString()).startsWith("line 2, key " + key + ": ").contains("keeping");
        });
        assertThat(result.settings()).isEqualTo(NursignSettings.defaults());
    }

    @Test
    void whenOneValueIsBad_thenTheOtherKeysStillApply() {
        SettingsReader.Result result = read(lines("lang=kk", "cert_count=many", "max_file_size=7"));

        assertThat(result.problems()).extracting(ConfigProblem::key).containsExactly("cert_count");
        assertThat(result.settings().lang()).isEqualTo("kk");
        assertThat(result.settings().certCount()).isEqualTo(5);
        assertThat(result.settings().maxFileSizeBytes()).isEqualTo(7 * MIB);
    }

    @Test
    void whenAValueIsBadOnALaterRead_thenTheLastGoodValueIsKept() {
        SettingsReader.Result first = read(lines("max_file_size=50", "lang=kk"));

        SettingsReader.Result second = ConfigTexts.reread(first, lines("lang=ru", "max_file_size=fifty"));

        assertThat(second.settings().maxFileSizeBytes()).isEqualTo(50 * MIB);
        assertThat(second.settings().lang()).isEqualTo("ru");
        assertThat(second.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("fifty", "keeping '50'");
        });
    }

    @Test
    void whenAKeyIsEmptyOrMissing_thenItTakesItsDefaultWithoutAProblem() {
        SettingsReader.Result result = read(lines("max_file_size=", "tsa_url=  ", "allow_addresses="));

        assertThat(result.problems()).isEmpty();
        assertThat(result.settings()).isEqualTo(NursignSettings.defaults());
    }

    @Test
    void whenAKeyIsUnknown_thenItIsNamedAndIgnored() {
        SettingsReader.Result result = read(lines("lang=kk", "colour=blue"));

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("colour");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("unknown key");
        });
        assertThat(result.settings().lang()).isEqualTo("kk");
    }

    @Test
    void whenAKeyDiffersOnlyInCase_thenItIsUnknownAndTheRightSpellingIsSuggested() {
        SettingsReader.Result result = read("MAX_FILE_SIZE=50\n");

        assertThat(result.settings().maxFileSizeBytes()).isEqualTo(20 * MIB);
        assertThat(result.problems())
                .singleElement()
                .extracting(ConfigProblem::message)
                .asString()
                .contains("case-sensitive", "max_file_size");
    }

    @Test
    void whenCheckUrlIsOutsideTheAllowList_thenItIsKeptButReported() {
        SettingsReader.Result result =
                read(lines("allow_addresses=https://portal.test", "check_exists_url=https://other.test/check/"));

        assertThat(result.settings().checkExistsUrl()).contains(URI.create("https://other.test/check/"));
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("check_exists_url");
            assertThat(p.message()).contains("not within allow_addresses");
        });
    }

    @Test
    void whenAnAllowListEntryHasAPath_thenTheSettingsAllowOnlyUrlsBelowIt() {
        NursignSettings settings =
                read("allow_addresses=https://portal.test/app\n").settings();

        assertThat(settings.allowList()
                        .allowsUrl(URI.create("https://portal.test/app/x"), false)
                        .allowed())
                .isTrue();
        assertThat(settings.allowList()
                        .allowsUrl(URI.create("https://portal.test/other"), false)
                        .allowed())
                .isFalse();
    }
}
