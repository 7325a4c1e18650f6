package org.councilworkspace.portal;

import java.time.Duration;
import org.councilworkspace.plan.ImageResponses;
import org.councilworkspace.plan.PlanImages;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The pictures of published plan versions, for anyone: a picture no published text shows is not found. */
@Controller
class PublishedImages {

    private final PlanImages images;

    PublishedImages(PlanImages images) {
        this.images = images;
    }

    // A kept picture never changes and a published version is final, so caches may keep it for a day.
    @GetMapping("/public/images/{id:\\d{1,18}}")
    ResponseEntity<byte[]> image(@PathVariable long id) {
        return ImageResponses.of(() -> images.publishedImage(id), CacheControl.maxAge(Duration.ofDays(1)).cachePublic());
    }
}
