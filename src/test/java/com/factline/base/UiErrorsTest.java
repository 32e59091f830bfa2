package com.factline.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

class UiErrorsTest {

    @Test
    void shouldSayTheDatabaseIsUnavailableAndNothingWasSaved() {
        var e = new RuntimeException(new CannotCreateTransactionException("x", new CannotGetJdbcConnectionException("down")));
        assertThat(UiErrors.message(e)).isEqualTo("The database is unavailable; your change was not saved. Try again in a moment.");
    }

    @Test
    void shouldShowAUserFacingMessageAsItIs() {
        assertThat(UiErrors.message(new InvalidInputException("The title is too long."))).isEqualTo("The title is too long.");
    }

    @Test
    void shouldNeverShowInternalsForUnexpectedErrors() {
        assertThat(UiErrors.message(new IllegalStateException("NPE at com.factline.Secret"))).doesNotContain("Secret");
    }
}
