package kz.qoltanba.signing.cms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.bouncycastle.asn1.ASN1UTCTime;
import org.bouncycastle.asn1.cms.Time;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignedAttributesTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-09-01T10:15:30.250Z",
                "2026-01-01T00:00:00Z",
                "1950-01-01T00:00:00Z",
                "2049-12-31T23:59:59.999999999Z",
                "2050-01-01T00:00:00Z",
                "1949-12-31T23:59:59Z",
                "2000-02-29T12:00:01Z"
            })
    void whenTheSigningTimeIsMade_thenItIsEncodedAsBouncyCastleEncodesTheSameSecond(String instant) throws Exception {
        Instant time = Instant.parse(instant);

        Time made = SignedAttributes.signingTime(time);

        Time expected = new Time(Date.from(time.truncatedTo(ChronoUnit.SECONDS)));
        assertThat(made.getEncoded()).isEqualTo(expected.getEncoded());
        assertThat(made.getDate().toInstant()).isEqualTo(time.truncatedTo(ChronoUnit.SECONDS));
        int year = Integer.parseInt(instant.substring(0, 4));
        assertThat(made.toASN1Primitive() instanceof ASN1UTCTime).isEqualTo(year >= 1950 && year <= 2049);
    }
}
