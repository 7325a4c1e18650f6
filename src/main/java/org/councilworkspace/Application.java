package org.councilworkspace;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.Theme;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@Theme("council")
@Push
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class Application implements AppShellConfigurator {

    static final String WEBSOCKET_BUFFER_PROPERTY = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";

    public static void main(String[] args) {
        smallerWebSocketBuffers();
        SpringApplication.run(Application.class, args);
    }

    /**
     * Every open tab keeps a push WebSocket, and Tomcat gives each one an input, an output and an encoding buffer
     * of this size (8 KB unless told otherwise, read once when its WebSocket classes load, hence here and not in
     * the properties). Push messages are mostly small; a longer one is read or sent in several pieces.
     */
    static void smallerWebSocketBuffers() {
        if (System.getProperty(WEBSOCKET_BUFFER_PROPERTY) == null) {
            System.setProperty(WEBSOCKET_BUFFER_PROPERTY, "2048");
        }
    }

    /** Injected everywhere time matters, so deadlines and expiries are testable with a fixed clock. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
