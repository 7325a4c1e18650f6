package org.councilworkspace.base.durability;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class DurabilityConfig {

    /** Static: a post-processor must exist before the data source it changes is created. */
    @Bean
    static DurableConnections durableConnections() {
        return new DurableConnections();
    }

    @Bean
    DurabilityCheck durabilityCheck(DataSource dataSource) {
        return new DurabilityCheck(dataSource);
    }
}
