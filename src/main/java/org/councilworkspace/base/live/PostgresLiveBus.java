package org.councilworkspace.base.live;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Several app nodes on one PostgreSQL. A writer sends {@code NOTIFY} in its own transaction, which PostgreSQL
 * delivers only when that transaction commits; every node (the writer's too) LISTENs on one dedicated connection
 * and hands the news to its own listeners. If that connection breaks, it is opened again.
 */
public class PostgresLiveBus implements LiveBus, AutoCloseable {

    static final String CHANNEL = "council_live";
    private static final Logger LOG = LoggerFactory.getLogger(PostgresLiveBus.class);

    private final LiveListeners listeners = new LiveListeners();
    private final DSLContext db;
    private final DataSource dataSource;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Connection connection;

    public PostgresLiveBus(DSLContext db, DataSource dataSource) {
        this.db = db;
        this.dataSource = dataSource;
        this.thread = new Thread(this::listen, "live-listen");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void publish(String topic, String payload) {
        LiveListeners.check(topic, payload);
        // Runs in the caller's transaction, if any: NOTIFY is transactional in PostgreSQL.
        db.select(DSL.field("pg_notify({0}, {1})", String.class, DSL.val(CHANNEL), DSL.val(topic + "\n" + payload)))
                .fetch();
    }

    @Override
    public Runnable subscribe(String topic, Consumer<String> listener) {
        return listeners.add(topic, listener);
    }

    @Override
    public boolean reachesOtherNodes() {
        return true;
    }

    private void listen() {
        while (running) {
            try (Connection c = dataSource.getConnection(); Statement statement = c.createStatement()) {
                connection = c;
                c.setAutoCommit(true);
                statement.execute("LISTEN " + CHANNEL);
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] news = pg.getNotifications(500);
                    if (news == null) {
                        continue;
                    }
                    for (PGNotification n : news) {
                        String message = n.getParameter();
                        int split = message.indexOf('\n');
                        if (split > 0) {
                            listeners.deliver(message.substring(0, split), message.substring(split + 1));
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warn("Live updates from other nodes paused; listening again in a second", e);
                    pause();
                }
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        Connection c = connection;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // Closing anyway.
            }
        }
    }
}
