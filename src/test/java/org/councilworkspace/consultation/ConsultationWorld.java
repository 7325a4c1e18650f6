package org.councilworkspace.consultation;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.councilworkspace.council.OrganizationType;
import org.councilworkspace.plan.VersionService;
import org.councilworkspace.security.CouncilRole;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.Fixtures;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.councilworkspace.testsupport.TestUser;

/** A council with a plan of two written sections, a frozen version, a vice-chair, and helpers to run rounds. */

public class ConsultationWorld {

    public record World(PlanWorld plan, TestUser viceChair, long vision, long targets, long versionId) {
        public long councilId() {
            return plan.councilId();
        }

        public TestUser secretariat() {
            return plan.secretariat();
        }
    }

    private final Fixtures fixtures;
    private final PlanFixtures planFixtures;
    private final VersionService versions;
    private final RoundService rounds;
    private final Clock clock;

    public ConsultationWorld(Fixtures fixtures, PlanFixtures planFixtures, VersionService versions, RoundService rounds, Clock clock) {
        this.fixtures = fixtures;
        this.planFixtures = planFixtures;
        this.versions = versions;
        this.rounds = rounds;
        this.clock = clock;
    }

    public World create() {
        PlanWorld w = planFixtures.world();
        TestUser vice = fixtures.user("vice");
        fixtures.addMember(w.councilId(), w.secretariat(), vice, CouncilRole.VICE_CHAIR);
        long vision = planFixtures.section(w, null, "Vision");
        long targets = planFixtures.section(w, null, "Targets");
        planFixtures.write(w.lead(), vision, "A regional hub for clean vehicles.");
        planFixtures.write(w.lead(), targets, "30% zero-emission vehicles by 2031.");
        long versionId = AsUser.call(w.secretariat(), () -> versions.freeze(w.planId(), false, "v0.1 for consultation", null));
        return new World(w, vice, vision, targets, versionId);
    }

    /** A public round of the whole plan, opened now by hand. */
    public long openPublicRound(World w) {
        long id = AsUser.call(w.secretariat(), () -> rounds.createRound(w.councilId(), new NewRound(w.versionId(),
                "Public comment on the draft", null, RoundKind.PUBLIC, now().minusMinutes(1), null, List.of())));
        AsUser.run(w.secretariat(), () -> rounds.openNow(id));
        return id;
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    public static NewSubmission comment(String text) {
        return new NewSubmission("Somsri Jaidee", "Thai Auto Parts Association", OrganizationType.INDUSTRY_ASSOCIATION,
                "somsri@example.org", null, text, true, null, null, null);
    }

    public static NewSubmission comment(String name, String text, Long sectionId, boolean consent) {
        return new NewSubmission(name, null, OrganizationType.INDIVIDUAL, "person@example.org", sectionId, text, consent,
                null, null, null);
    }

    static Duration hours(int n) {
        return Duration.ofHours(n);
    }
}
