package org.councilworkspace.base.durability;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;

/**
 * What each supported database needs so that a commit is durable when it returns, and how to check it.
 *
 * <p>H2 (MVStore) keeps committed changes in memory and writes them from a background thread every
 * {@code WRITE_DELAY} milliseconds (500 by default), so a process killed in that window loses commits it had
 * acknowledged. With {@code WRITE_DELAY 0} the MVStore has no auto-commit delay, and H2's transaction store then
 * calls {@code MVStore.commit()} at the end of every transaction that changed something: the new chunk is written to
 * the file before the commit returns. The setting belongs to the database, not the session; H2 requires admin rights
 * to change it. H2 does not force the file to the device at each commit, so this holds against a crash of the app,
 * not against a power cut of the machine (see the operations notes).
 *
 * <p>PostgreSQL flushes its write-ahead log at commit only while {@code synchronous_commit} is on; a server, a
 * database or a role can turn it off, so the app sets it for its own sessions.
 */
enum CommitRule {

    H2("SET WRITE_DELAY 0",
            "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'",
            Set.of("0")),
    POSTGRESQL("SET synchronous_commit = on", "SHOW synchronous_commit",
            // Every level but off waits for the local flush of the commit record before the commit returns.
            Set.of("on", "local", "remote_write", "remote_apply")),
    OTHER(null, null, Set.of());

    private final String setting;
    private final String query;
    private final Set<String> durableValues;

    CommitRule(String setting, String query, Set<String> durableValues) {
        this.setting = setting;
        this.query = query;
        this.durableValues = durableValues;
    }

    static CommitRule forUrl(String jdbcUrl) {
        String url = jdbcUrl == null ? "" : jdbcUrl.toLowerCase(Locale.ROOT);
        if (url.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        return OTHER;
    }

    static CommitRule forConnection(Connection connection) throws SQLException {
        return forUrl(connection.getMetaData().getURL());
    }

    /** The statement that makes commits durable on a new connection, or null when there is none to run. */
    String setting() {
        return setting;
    }

    void apply(Connection connection) throws SQLException {
        if (setting != null) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(setting);
            }
        }
    }

    /** The value in force on this connection, as the database reports it. */
    String current(Connection connection) throws SQLException {
        if (query == null) {
            return null;
        }
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
            return result.next() ? result.getString(1) : null;
        }
    }

    boolean isDurable(String value) {
        return this == OTHER || (value != null && durableValues.contains(value.trim().toLowerCase(Locale.ROOT)));
    }
}
