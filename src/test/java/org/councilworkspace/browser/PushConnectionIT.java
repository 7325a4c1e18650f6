package org.councilworkspace.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The push WebSocket opens as a browser opens it, and declines the compression browsers offer: each compressed
 * connection would keep a zlib compressor and decompressor for as long as the tab is open.
 */
class PushConnectionIT extends BrowserTest {

    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Pattern PUSH_ID = Pattern.compile("\"Vaadin-Push-ID\":\"([^\"]+)\"");

    @Test
    void the_push_connection_opens_without_compression_even_when_the_browser_offers_it() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
        http.send(HttpRequest.newBuilder(URI.create(url("login"))).build(), HttpResponse.BodyHandlers.discarding());
        String init = http.send(HttpRequest.newBuilder(URI.create(url("?v-r=init&location=login&query="))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String uiId = find(UI_ID, init);
        String pushId = find(PUSH_ID, init);
        String cookieHeader = cookies.getCookieStore().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        URI base = URI.create(url(""));

        String handshake = "GET /VAADIN/push?v-r=push&v-uiId=" + uiId + "&v-pushId=" + pushId
                + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=4.0.1&X-Atmosphere-Transport=websocket"
                + "&X-Atmosphere-TrackMessageSize=true&X-atmo-protocol=true HTTP/1.1\r\n"
                + "Host: " + base.getHost() + ":" + base.getPort() + "\r\n"
                + "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                + "Sec-WebSocket-Key: " + Base64.getEncoder().encodeToString("council-push-test".substring(0, 16)
                        .getBytes(StandardCharsets.US_ASCII)) + "\r\n"
                + "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n"
                + "Cookie: " + cookieHeader + "\r\n\r\n";
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(handshake.getBytes(StandardCharsets.US_ASCII));
            String head = readHead(socket.getInputStream());
            assertThat(head).startsWith("HTTP/1.1 101");
            assertThat(head.toLowerCase()).contains("upgrade: websocket").doesNotContain("sec-websocket-extensions");
        }
    }

    private static String find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as("%s in the bootstrap answer", pattern).isTrue();
        return m.group(1);
    }

    /** The answer's status line and headers, up to the blank line. */
    private static String readHead(InputStream in) throws Exception {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            head.write(b);
            String sofar = head.toString(StandardCharsets.ISO_8859_1);
            if (sofar.endsWith("\r\n\r\n")) {
                return sofar;
            }
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }
}
