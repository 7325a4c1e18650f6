package org.councilworkspace.base.durability;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Reads the commit setting back from a real connection once everything is built, and refuses to start when commits
 * would not be durable (an operator's connection-init SQL that turns the delay back on, a user without the rights
 * to set it). Starting and then losing acknowledged work would be worse than not starting.
 */
class DurabilityCheck implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(DurabilityCheck.class);

    private final DataSource dataSource;

    DurabilityCheck(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void afterSingletonsInstantiated() {
        try (Connection connection = dataSource.getConnection()) {
            CommitRule rule = CommitRule.forConnection(connection);
            String value = rule.current(connection);
            if (!rule.isDurable(value)) {
                throw new IllegalStateException("Commits on this " + rule + " database would not be durable ("
                        + describe(rule) + " is " + value + "); refusing to start. Remove what turns it back on "
                        + "(the database address, the connection-init SQL, the server or role settings).");
            }
            if (rule == CommitRule.OTHER) {
                LOG.warn("Unknown database {}: commit durability is not checked.", connection.getMetaData().getURL());
            } else {
                LOG.info("Durable commits: {} is {}.", describe(rule), value);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not check commit durability: " + e.getMessage(), e);
        }
    }

    private static String describe(CommitRule rule) {
        return rule == CommitRule.H2 ? "WRITE_DELAY" : "synchronous_commit";
    }
}
