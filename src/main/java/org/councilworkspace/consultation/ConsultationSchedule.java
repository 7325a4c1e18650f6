package org.councilworkspace.consultation;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Moves rounds on the times the secretariat set, once a minute; the work itself is {@link RoundService#advanceSchedule}. */
@Configuration
@EnableScheduling
// Off in service tests, which call advanceSchedule themselves with a fixed clock.
@ConditionalOnProperty(name = "council.consultation.schedule-enabled", havingValue = "true", matchIfMissing = true)
class ConsultationSchedule {

    private final RoundService rounds;

    ConsultationSchedule(RoundService rounds) {
        this.rounds = rounds;
    }

    @Scheduled(fixedDelayString = "${council.consultation.schedule-delay:PT1M}", initialDelayString = "PT30S")
    void advance() {
        rounds.advanceSchedule();
    }
}
