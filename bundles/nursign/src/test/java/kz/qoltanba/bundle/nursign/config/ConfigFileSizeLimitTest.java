package kz.qoltanba.bundle.nursign.config;

import static kz.qoltanba.bundle.nursign.config.ConfigTexts.read;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConfigFileSizeLimitTest {
    private static final long MIB = 1L << 20;
    private static final long LARGEST_MIB = Long.MAX_VALUE / MIB;

    @Test
    void whenAFileIsExactlyTheLimit_thenItIsAllowedAndOneByteMoreIsNot() {
        NursignSettings settings = read("max_file_size=20\n").settings();

        assertThat(settings.maxFileSizeBytes()).isEqualTo(20_971_520L);
        assertThat(settings.allowsFileSize(20_971_520L)).isTrue();
        assertThat(settings.allowsFileSize(20_971_521L)).isFalse();
        assertThat(settings.allowsFileSize(0)).isTrue();
    }

    @Test
    void whenTheLimitIsTheLargestThatFitsInBytes_thenItIsAcceptedWithoutOverflow() {
        SettingsReader.Result result = read("max_file_size=" + LARGEST_MIB + "\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.settings().maxFileSizeBytes())
                .isEqualTo(LARGEST_MIB * MIB)
                .isPositive();
        assertThat(result.settings().allowsFileSize(Long.MAX_VALUE)).isFalse();
    }

    @Test
    void whenTheLimitIsOneMiBTooLargeForBytes_thenItIsRefusedAndTheDefaultKept() {
        SettingsReader.Result result = read("max_file_size=" + (LARGEST_MIB + 1) + "\n");

        assertThat(result.problems())
                .singleElement()
                .extracting(ConfigProblem::message)
                .asString()
                .contains("too large", String.valueOf(LARGEST_MIB));
        assertThat(result.settings().maxFileSizeBytes()).isEqualTo(20 * MIB);
    }

    @Test
    void whenTheLimitHasMoreDigitsThanALong_thenItIsRefusedAsTooLarge() {
        SettingsReader.Result result = read("max_file_size=99999999999999999999999\n");

        assertThat(result.problems())
                .singleElement()
                .extracting(ConfigProblem::message)
                .asString()
                .contains("too large");
    }

    @Test
    void whenTheLimitHasLeadingZeros_thenItIsReadAsDecimal() {
        assertThat(read("max_file_size=0050\n").settings().maxFileSizeBytes()).isEqualTo(50 * MIB);
    }
}
