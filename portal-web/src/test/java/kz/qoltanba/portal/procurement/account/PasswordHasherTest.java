package kz.qoltanba.portal.procurement.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private final PasswordHasher hasher = PasswordHasher.pbkdf2(1_000);

    @Test
    void whenSamePasswordIsHashedTwice_thenSaltsDifferAndBothMatch() {
        String first = hasher.hash("Abcdefg1".toCharArray());
        String second = hasher.hash("Abcdefg1".toCharArray());
        assertThat(first).isNotEqualTo(second).startsWith("pbkdf2-sha256$1000$");
        assertThat(hasher.matches("Abcdefg1".toCharArray(), first)).isTrue();
        assertThat(hasher.matches("Abcdefg1".toCharArray(), second)).isTrue();
        assertThat(hasher.matches("abcdefg1".toCharArray(), first)).isFalse();
    }

    @Test
    void whenIterationCountIsRaised_thenOldHashesStillMatch() {
        String old = hasher.hash("Abcdefg1".toCharArray());
        assertThat(PasswordHasher.pbkdf2(2_000).matches("Abcdefg1".toCharArray(), old))
                .isTrue();
    }

    @Test
    void whenStoredHashIsGarbage_thenNothingMatches() {
        assertThat(hasher.matches("x".toCharArray(), "plain")).isFalse();
        assertThat(hasher.matches("x".toCharArray(), "pbkdf2-sha256$x$y$z")).isFalse();
    }

    @Test
    void whenIinEncodesADate_thenBirthDateIsRead() {
        assertThat(IinBirthDate.of("910606300666"))
                .hasValueSatisfying(d -> assertThat(d.toString()).isEqualTo("1991-06-06"));
        assertThat(IinBirthDate.of("030217500226"))
                .hasValueSatisfying(d -> assertThat(d.toString()).isEqualTo("2003-02-17"));
        assertThat(IinBirthDate.of("991399300111")).isEmpty();
        assertThat(IinBirthDate.of("910606000666")).isEmpty();
    }
}
