package com.factline;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Holds one of PostgreSQL's transaction-level advisory locks on a connection of its own until closed, so that a test
 * can keep a background run waiting where it takes the same lock (the proposal and suggestion writes lock their
 * project with {@code pg_advisory_xact_lock(kind, project)}), and look at what the views show meanwhile.
 */
public final class HeldAdvisoryLock implements AutoCloseable {

    /** The lock a proposal run's write takes on its project ({@code ProposalStore.lockProject}). */
    public static final int PROPOSALS = 7302;
    /** The lock a suggestion run's write takes on its project ({@code DiscrepancyStore}). */
    public static final int SUGGESTIONS = 7301;

    private final Connection connection;

    private HeldAdvisoryLock(Connection connection) {
        this.connection = connection;
    }

    public static HeldAdvisoryLock hold(DataSource dataSource, int kind, long project) throws SQLException {
        Connection c = dataSource.getConnection();
        try {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("select pg_advisory_xact_lock(?, ?)")) {
                s.setInt(1, kind);
                s.setInt(2, (int) project);
                s.execute();
            }
            return new HeldAdvisoryLock(c);
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            connection.rollback(); // ends the transaction, and with it the lock
        } finally {
            connection.close();
        }
    }
}
