package org.councilworkspace.base;

import org.jooq.conf.RenderQuotedNames;
import org.springframework.boot.autoconfigure.jooq.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class JooqSettings {

    /**
     * The jOOQ classes are generated from H2, which stores names in upper case. Rendering names unquoted
     * lets each database fold them its own way, so the same queries run on H2 and PostgreSQL.
     */
    @Bean
    DefaultConfigurationCustomizer unquotedNames() {
        return configuration -> configuration.settings().withRenderQuotedNames(RenderQuotedNames.NEVER);
    }
}
