package org.councilworkspace.plan;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.councilworkspace.base.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;

/**
 * A kept picture as an HTTP answer: its own type and no sniffing, shown in place, a tag from its SHA-256 so a
 * browser revalidates its copy for a 304; anything refused is a plain 404.
 */
public final class ImageResponses {

    private ImageResponses() {
    }

    public static ResponseEntity<byte[]> of(Supplier<PlanImage> read, CacheControl cache) {
        PlanImage image;
        try {
            image = read.get();
        } catch (NotFoundException | AccessDeniedException e) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(image.contentType()))
                .eTag("\"" + image.sha256() + "\"")
                .cacheControl(cache)
                // Also written for every response by the security headers; said here too, as this answer relies on it.
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(image.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(image.content());
    }
}
