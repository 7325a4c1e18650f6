package org.councilworkspace.plan;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The pictures shown in a section's text inside the workspace, for the signed-in members of the plan's council.
 * A browser keeps its copy but asks again each time (membership can end), getting a 304 while the tag matches.
 */
@RestController
class PlanImageController {

    static final String PATH = "/plan-images/";

    private final PlanImages images;

    PlanImageController(PlanImages images) {
        this.images = images;
    }

    @GetMapping(PATH + "{id:\\d{1,18}}")
    ResponseEntity<byte[]> image(@PathVariable long id) {
        return ImageResponses.of(() -> images.image(id), CacheControl.noCache().cachePrivate());
    }
}
