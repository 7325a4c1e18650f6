package org.councilworkspace.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The portal's one style sheet, screen and print, served under /public so it is stateless and cacheable too. */
@RestController
class StyleSheet {

    private final byte[] css;

    StyleSheet() {
        try (InputStream in = StyleSheet.class.getResourceAsStream("/portal/portal.css")) {
            css = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/public/portal.css")
    ResponseEntity<byte[]> css() {
        return ResponseEntity.ok().contentType(new MediaType("text", "css", java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePublic()).body(css);
    }
}
