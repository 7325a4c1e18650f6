package org.councilworkspace.base.durability;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Makes every connection the app opens commit durably, whatever the configured address says: an operator's
 * {@code COUNCIL_DB_URL} may leave out {@code WRITE_DELAY=0} or even set {@code WRITE_DELAY=500}, and a PostgreSQL
 * server, database or role may have {@code synchronous_commit} off. A setting in the default address alone would
 * not survive the first address an operator types, so the rule is applied to the connections themselves.
 *
 * <p>A Hikari pool (the app's own) runs the rule once per physical connection as its connection-init SQL, ahead of
 * any init SQL the operator configured. Any other data source (one an operator or a test supplies) is wrapped to
 * run the rule each time it hands out a connection. {@link DurabilityCheck} then reads the setting back at start.
 */
class DurableConnections implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource hikari) {
            applyToPool(hikari);
            return hikari;
        }
        if (bean instanceof DataSource dataSource && !(bean instanceof DurableDataSource)) {
            return new DurableDataSource(dataSource);
        }
        return bean;
    }

    /** Before the pool starts (Hikari starts it on the first connection), while its settings can still change. */
    static void applyToPool(HikariDataSource hikari) {
        String setting = CommitRule.forUrl(hikari.getJdbcUrl()).setting();
        if (setting == null) {
            return;
        }
        String operators = hikari.getConnectionInitSql();
        hikari.setConnectionInitSql(operators == null || operators.isBlank() ? setting : setting + "; " + operators);
    }

    /** Applies the rule to each connection it hands out; the rule's kind is found on the first one. */
    static final class DurableDataSource extends DelegatingDataSource {

        private volatile CommitRule rule;

        DurableDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return durable(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return durable(super.getConnection(username, password));
        }

        private Connection durable(Connection connection) throws SQLException {
            try {
                CommitRule known = rule;
                if (known == null) {
                    known = CommitRule.forConnection(connection);
                    rule = known;
                }
                known.apply(connection);
                return connection;
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        }
    }
}
