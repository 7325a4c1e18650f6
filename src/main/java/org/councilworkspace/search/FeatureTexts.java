package org.councilworkspace.search;

import java.util.List;
import org.councilworkspace.amendment.AmendmentTexts;
import org.councilworkspace.base.IndexedTexts;
import org.councilworkspace.consensus.PositionTexts;
import org.councilworkspace.consultation.ConsultationTexts;
import org.councilworkspace.implementation.RegisterTexts;
import org.councilworkspace.meeting.MeetingTexts;
import org.councilworkspace.plan.PublishedPlanTexts;
import org.springframework.stereotype.Component;

/** The features' text feeds beyond sections and threads, in one place for the indexer and its rebuild. */
@Component
record FeatureTexts(AmendmentTexts amendments, PositionTexts positions, ConsultationTexts consultation,
                    MeetingTexts meetings, RegisterTexts register, PublishedPlanTexts publishedPlans) {

    List<IndexedTexts> all() {
        return List.of(amendments, positions, consultation, meetings, register, publishedPlans);
    }
}
