package org.councilworkspace.base.ui;

import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat gives every open connection a read and a write buffer (8 KB each by default) for as long as it stays
 * open, and every open tab keeps one open for its push WebSocket, besides kept-alive ones for its requests.
 * Requests and pushes are mostly a few hundred bytes; a longer one takes more than one read or write.
 */
@Configuration
class ConnectionBuffers {

    static final String BUFFER_BYTES = "4096";

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> smallerConnectionBuffers() {
        return factory -> factory.addConnectorCustomizers(connector -> {
            for (String property : new String[] {"socket.appReadBufSize", "socket.appWriteBufSize"}) {
                // Tomcat ignores a property it does not know; fail at start rather than run without it.
                if (!connector.setProperty(property, BUFFER_BYTES)) {
                    throw new IllegalStateException("Tomcat's connector has no property " + property);
                }
            }
        });
    }
}
