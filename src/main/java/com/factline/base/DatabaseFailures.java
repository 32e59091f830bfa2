package com.factline.base;

import java.sql.SQLException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a database outage (server stopped, connection lost, no connection within the pool's
 * timeout) from other failures, so that every surface can say "database unavailable, your change
 * was not saved" instead of a generic error.
 */
public final class DatabaseFailures {

    public static final String API_MESSAGE = "The database is unavailable; your change was not saved. Try again shortly.";

    private DatabaseFailures() {
    }

    public static boolean isUnavailable(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof DataAccessResourceFailureException || c instanceof TransientDataAccessResourceException
                    || c instanceof CannotCreateTransactionException) {
                return true;
            }
            // SQLState class 08: connection exception (refused, closed, lost mid-statement).
            if (c instanceof SQLException s && s.getSQLState() != null && s.getSQLState().startsWith("08")) {
                return true;
            }
            // A statement failed because the server went away, then the rollback failed too and
            // took the first exception's place.
            if (c instanceof TransactionSystemException tse && tse.getApplicationException() != null
                    && isUnavailable(tse.getApplicationException())) {
                return true;
            }
        }
        return false;
    }
}
