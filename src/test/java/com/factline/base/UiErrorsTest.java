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
    void shouldSayTheDatabaseIsUnavailableWhenTheConnectionDiedAndTheRollbackFailedAfterIt() {
        var rollback = new org.springframework.transaction.TransactionSystemException("JDBC rollback failed",
                new java.sql.SQLException("This connection has been closed.", "08003"));
        assertThat(DatabaseFailures.isUnavailable(rollback)).as("connection-exception SQLState").isTrue();
        var overridden = new org.springframework.transaction.TransactionSystemException("JDBC rollback failed");
        overridden.initApplicationException(new org.springframework.dao.DataAccessResourceFailureException("I/O error"));
        assertThat(UiErrors.message(overridden)).contains("database is unavailable", "your change was not saved");
    }

    @Test
    void shouldNotTakeABrokenRuleForAnOutage() {
        assertThat(DatabaseFailures.isUnavailable(new org.springframework.dao.DataIntegrityViolationException("check violated",
                new java.sql.SQLException("violates check constraint", "23514")))).isFalse();
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
