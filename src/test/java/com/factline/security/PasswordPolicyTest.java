package com.factline.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void shouldAcceptALongUnremarkablePassphrase() {
        assertThat(PasswordPolicy.problem("erin", "copper kettle at dawn")).isEmpty();
        assertThat(PasswordPolicy.problem("erin", "Tz8#kq2!Lm0p")).isEmpty();
    }

    @Test
    void shouldRefuseAShortPasswordSayingHowLongItMustBe() {
        assertThat(PasswordPolicy.problem("erin", "Tz8#kq2!")).hasValueSatisfying(why -> assertThat(why).contains("12").contains("8"));
    }

    @Test
    void shouldRefuseTheUserNameAndRepeatsAndRuns() {
        assertThat(PasswordPolicy.problem("margarethe", "margarethe12")).hasValueSatisfying(why -> assertThat(why).contains("user name"));
        assertThat(PasswordPolicy.problem("erin", "aaaaaaaaaaaaaa")).hasValueSatisfying(why -> assertThat(why).contains("repeated"));
        assertThat(PasswordPolicy.problem("erin", "abababababab")).isPresent();
        assertThat(PasswordPolicy.problem("erin", "123456789012")).hasValueSatisfying(why -> assertThat(why).contains("run"));
        assertThat(PasswordPolicy.problem("erin", "zyxwvutsrqpo")).isPresent();
    }

    @Test
    void shouldRefuseCommonPasswordsWithDigitsTacked() {
        assertThat(PasswordPolicy.problem("erin", "password1234")).hasValueSatisfying(why -> assertThat(why).contains("common"));
        assertThat(PasswordPolicy.problem("erin", "Qwertyuiop!!")).isPresent();
    }

    @Test
    void shouldRefuseAnAbsurdlyLongPassword() {
        assertThat(PasswordPolicy.problem("erin", "x1".repeat(101) + "y")).hasValueSatisfying(why -> assertThat(why).contains("200"));
    }
}
