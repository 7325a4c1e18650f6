package org.councilworkspace.portal;

import java.time.Duration;
import java.util.List;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.consultation.ConsultationRound;
import org.councilworkspace.consultation.PublicConsultation;
import org.councilworkspace.consultation.RoundSection;
import org.councilworkspace.plan.ImageResponses;
import org.councilworkspace.plan.PlanImage;
import org.councilworkspace.plan.PlanImages;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The pictures the portal shows, for anyone: those of published plan versions, and those of the text an open public
 * consultation round puts out for comment. A picture no such text shows is not found.
 */
@Controller
class PublishedImages {

    private final PlanImages images;
    private final PublicConsultation consultation;

    PublishedImages(PlanImages images, PublicConsultation consultation) {
        this.images = images;
        this.consultation = consultation;
    }

    // A kept picture never changes and a published version is final, so caches may keep it for a day.
    @GetMapping("/public/images/{id:\\d{1,18}}")
    ResponseEntity<byte[]> image(@PathVariable long id) {
        return ImageResponses.of(() -> published(id), CacheControl.maxAge(Duration.ofDays(1)).cachePublic());
    }

    private PlanImage published(long id) {
        try {
            return images.publishedImage(id);
        } catch (NotFoundException notInAPublishedVersion) {
            // Few rounds are open at a time, so asking each is cheap; the answer is cached a day like the rest.
            for (ConsultationRound round : consultation.openRounds()) {
                var open = consultation.findPublicRound(round.id());
                if (open.isPresent()) {
                    List<String> texts = open.get().sections().stream().map(RoundSection::body).toList();
                    try {
                        return images.shownIn(id, round.councilId(), texts);
                    } catch (NotFoundException notInThisRound) {
                        // try the next round
                    }
                }
            }
            throw notInAPublishedVersion;
        }
    }
}
