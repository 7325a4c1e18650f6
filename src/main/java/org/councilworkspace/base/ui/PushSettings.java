package org.councilworkspace.base.ui;

import com.vaadin.flow.spring.SpringServlet;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class PushSettings {

    /**
     * Characters: the largest message a browser may send over the push WebSocket. With push's default transport
     * (WebSocket from the server, plain requests to it) Vaadin's browser side sends its messages as requests, and
     * over the WebSocket only the connection's own short frames; each open tab holds a buffer this size
     * (twice this in bytes). Messages to the browser do not pass it: a long text (tested with 20,000 Thai
     * characters) arrives whole.
     */
    static final String WEBSOCKET_BUFFER = "1024";

    /**
     * Bytes. Binary messages are never sent (push is text); text arrives through this buffer a piece at a time,
     * so it need not hold a whole message. Tomcat's initial size for it is set in the properties to match.
     */
    static final String WEBSOCKET_BINARY_BUFFER = "1024";

    /**
     * Atmosphere gives every WebSocket a byte and a character buffer of this size (8,192 by default) that this
     * version never writes through (it only clears them on close): 12 KB per open tab at 4,096.
     */
    static final String ATMOSPHERE_UNUSED_BUFFERS = "128";

    /**
     * Every open tab keeps a WebSocket whose buffers the server allocates up front. Vaadin passes its
     * servlet's init parameters on to Atmosphere, which sizes them; its default is four times this.
     */
    @Bean
    static BeanPostProcessor smallerPushBuffers() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof ServletRegistrationBean<?> registration
                        && registration.getServlet() instanceof SpringServlet) {
                    registration.addInitParameter("org.atmosphere.websocket.bufferSize", ATMOSPHERE_UNUSED_BUFFERS);
                    registration.addInitParameter("org.atmosphere.websocket.maxTextMessageSize", WEBSOCKET_BUFFER);
                    registration.addInitParameter("org.atmosphere.websocket.maxBinaryBufferSize", WEBSOCKET_BINARY_BUFFER);
                    registration.addInitParameter("org.atmosphere.cpr.AtmosphereInterceptor",
                            ForgetCancelledHeartbeats.class.getName());
                }
                return bean;
            }
        };
    }

    /** Push connections without compression; see {@link PushWithoutCompression}. */
    @Bean
    FilterRegistrationBean<PushWithoutCompression> pushWithoutCompression() {
        FilterRegistrationBean<PushWithoutCompression> registration =
                new FilterRegistrationBean<>(new PushWithoutCompression());
        registration.addUrlPatterns("/VAADIN/push", "/VAADIN/push/*");
        registration.setName("pushWithoutCompression");
        return registration;
    }
}
