package org.councilworkspace.base.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.councilworkspace.testsupport.EmbeddedPostgresConfig;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever address an operator gives, the app's connections commit durably, and the app refuses to start when
 * something turns the delay back on. The embedded PostgreSQL of the tests runs with synchronous_commit off for the
 * whole server, like a server tuned for speed, so it shows the app's own setting winning.
 */
class DurableConnectionsTest {

    @TempDir Path folder;

    @Test
    void an_h2_address_that_asks_for_a_write_delay_still_gets_commits_written_at_commit() throws SQLException {
        try (HikariDataSource pool = hikari(h2Url() + ";WRITE_DELAY=500", null)) {
            new DurableConnections().postProcessAfterInitialization(pool, "dataSource");
            assertThat(current(pool)).isEqualTo("0");
            new DurabilityCheck(pool).afterSingletonsInstantiated();
        }
    }

    @Test
    void the_operators_own_connection_init_sql_still_runs_after_the_durability_setting() throws SQLException {
        try (HikariDataSource pool = hikari(h2Url(), "SET @operator_init = 4321")) {
            new DurableConnections().postProcessAfterInitialization(pool, "dataSource");
            assertThat(current(pool)).isEqualTo("0");
            try (Connection c = pool.getConnection(); var s = c.createStatement();
                 var r = s.executeQuery("SELECT @operator_init")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isEqualTo("4321");
            }
        }
    }

    @Test
    void the_app_refuses_to_start_when_connection_init_sql_turns_the_write_delay_back_on() {
        try (HikariDataSource pool = hikari(h2Url(), "SET WRITE_DELAY 500")) {
            new DurableConnections().postProcessAfterInitialization(pool, "dataSource");
            assertThatThrownBy(() -> new DurabilityCheck(pool).afterSingletonsInstantiated())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("WRITE_DELAY is 500").hasMessageContaining("refusing to start");
        }
    }

    @Test
    void a_data_source_that_is_not_a_pool_is_wrapped_so_its_connections_are_durable_too() throws SQLException {
        JdbcDataSource plain = new JdbcDataSource();
        plain.setURL(h2Url() + ";WRITE_DELAY=500");
        plain.setUser("sa");
        assertThatThrownBy(() -> new DurabilityCheck(plain).afterSingletonsInstantiated())
                .as("unwrapped, the address's delay stands").isInstanceOf(IllegalStateException.class);
        Object bean = new DurableConnections().postProcessAfterInitialization(plain, "dataSource");
        assertThat(bean).isInstanceOf(DurableConnections.DurableDataSource.class);
        assertThat(current((DataSource) bean)).isEqualTo("0");
        new DurabilityCheck((DataSource) bean).afterSingletonsInstantiated();
    }

    @Test
    void postgresql_sessions_have_synchronous_commit_on_even_when_the_server_has_it_off() throws SQLException {
        EmbeddedPostgres postgres = EmbeddedPostgresConfig.postgres();
        DataSource server = postgres.getPostgresDatabase();
        assertThat(current(server)).as("the test server's own setting").isEqualTo("off");
        assertThatThrownBy(() -> new DurabilityCheck(server).afterSingletonsInstantiated())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("synchronous_commit is off");

        DataSource app = (DataSource) new DurableConnections().postProcessAfterInitialization(server, "dataSource");
        assertThat(current(app)).isEqualTo("on");
        new DurabilityCheck(app).afterSingletonsInstantiated();

        try (HikariDataSource pool = hikari(postgres.getJdbcUrl("postgres", "postgres"), null)) {
            new DurableConnections().postProcessAfterInitialization(pool, "dataSource");
            assertThat(current(pool)).isEqualTo("on");
        }
    }

    private String h2Url() {
        return "jdbc:h2:file:" + folder.resolve("council").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    private static HikariDataSource hikari(String url, String initSql) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername(url.startsWith("jdbc:h2:") ? "sa" : "postgres");
        pool.setPassword("");
        pool.setConnectionInitSql(initSql);
        pool.setMaximumPoolSize(2);
        return pool;
    }

    private static String current(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return CommitRule.forConnection(connection).current(connection);
        }
    }
}
