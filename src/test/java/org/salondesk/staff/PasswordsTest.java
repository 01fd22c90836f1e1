package org.salondesk.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.HexFormat;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.junit.jupiter.api.Test;
import org.salondesk.ErrorCode;
import org.salondesk.SalonDeskException;

/** Argon2id hashes as PHC strings: made, read back, checked; weak and unreadable ones handled. */
class PasswordsTest {

    @Test
    void aHashIsTheStandardPhcStringWithTodaysParametersAndAFreshSalt() {
        String first = Passwords.hash("correct horse".toCharArray());
        String second = Passwords.hash("correct horse".toCharArray());

        assertThat(first).matches("\\$argon2id\\$v=19\\$m=65536,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(second).as("a fresh salt each time").isNotEqualTo(first);
        assertThat(Passwords.matches("correct horse".toCharArray(), first)).isTrue();
        assertThat(Passwords.matches("correct horsE".toCharArray(), first)).isFalse();
        assertThat(Passwords.matches("correct horse ".toCharArray(), first)).isFalse();
    }

    /** The hash is Argon2id itself, so any Argon2 tool can check it: here Bouncy Castle's generator, driven by hand. */
    @Test
    void theHashIsWhatArgon2idGivesForTheSaltAndParametersItNames() {
        byte[] salt = HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f");
        String phc = Passwords.hash("пароль-ёлка".toCharArray(), salt, 256, 1, 1);
        String[] parts = phc.split("\\$");

        byte[] expected = new byte[32];
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(0x13).withMemoryAsKB(256)
                .withIterations(1).withParallelism(1).withSalt(salt).build());
        generator.generateBytes("пароль-ёлка".getBytes(java.nio.charset.StandardCharsets.UTF_8), expected);

        assertThat(parts[3]).isEqualTo("m=256,t=1,p=1");
        assertThat(Base64.getDecoder().decode(parts[4])).isEqualTo(salt);
        assertThat(Base64.getDecoder().decode(parts[5])).isEqualTo(expected);
        assertThat(Passwords.matches("пароль-ёлка".toCharArray(), phc)).as("read with the parameters it names").isTrue();
        assertThat(Passwords.weakerThanToday(phc)).isTrue();
        assertThat(Passwords.weakerThanToday(Passwords.hash("x".toCharArray()))).isFalse();
    }

    @Test
    void noHashOrAnUnreadableOneMatchesNothing() {
        assertThat(Passwords.matches("anything at all".toCharArray(), null)).isFalse();
        assertThat(Passwords.matches("anything at all".toCharArray(), "")).isFalse();
        assertThat(Passwords.matches("anything at all".toCharArray(), "$2a$10$bcryptLooksLikeThis")).isFalse();
        assertThat(Passwords.matches("anything at all".toCharArray(), "$argon2i$v=19$m=256,t=1,p=1$AAAA$AAAA"))
                .as("Argon2i is not Argon2id").isFalse();
    }

    @Test
    void aPasswordHasAtLeastEightCharacters() {
        Passwords.requireStrongEnough("12345678".toCharArray());
        assertThatThrownBy(() -> Passwords.requireStrongEnough("1234567".toCharArray()))
                .isInstanceOfSatisfying(SalonDeskException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
                    assertThat(e.message(java.util.Locale.ENGLISH)).isEqualTo("A password needs at least 8 characters.");
                    assertThat(e.message(java.util.Locale.forLanguageTag("ru")))
                            .isEqualTo("Пароль должен быть не короче 8 символов.");
                    assertThat(e.toString()).doesNotContain("1234567");
                });
        assertThatThrownBy(() -> Passwords.requireStrongEnough(null)).isInstanceOf(SalonDeskException.class);
    }
}
