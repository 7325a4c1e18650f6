package org.councilworkspace.base.ui;

import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Smaller receive buffers for the push WebSocket of every open tab. Tomcat gives each WebSocket a text buffer of
 * 8,192 characters and a binary one of 8,192 bytes for whole incoming messages, held for as long as the tab is
 * open; but the browser sends every message to the server over HTTP (Vaadin's default), so the WebSocket only
 * ever receives the push library's small control frames. With a few hundred open tabs per node that is
 * several megabytes of buffers that are never used.
 */
@Configuration(proxyBeanMethods = false)
class PushBuffers {

    static final String SIZE = "2048";

    @Bean
    ServletContextInitializer pushBufferSizes() {
        return context -> {
            context.setInitParameter("org.apache.tomcat.websocket.textBufferSize", SIZE);
            context.setInitParameter("org.apache.tomcat.websocket.binaryBufferSize", SIZE);
        };
    }
}
