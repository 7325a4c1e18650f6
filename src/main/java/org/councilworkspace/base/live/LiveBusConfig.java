package org.councilworkspace.base.live;

import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** PostgreSQL: news between nodes by NOTIFY/LISTEN. Otherwise (H2, one node): in-process. */
@Configuration
class LiveBusConfig {

    /** Spring closes the PostgreSQL bus (it is AutoCloseable) when the app stops, ending its listening thread. */
    @Bean
    LiveBus liveBus(DSLContext db, DataSource dataSource) {
        if (db.dialect().family() == SQLDialect.POSTGRES) {
            return new PostgresLiveBus(db, dataSource);
        }
        return new LocalLiveBus();
    }
}
