package org.councilworkspace.amendment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.councilworkspace.audit.AuditService;
import org.councilworkspace.base.ConcurrentChangeException;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.notification.NotificationItem;
import org.councilworkspace.notification.NotificationService;
import org.councilworkspace.plan.DraftingService;
import org.councilworkspace.plan.Revision;
import org.councilworkspace.plan.RevisionKind;
import org.councilworkspace.plan.SaveOutcome;
import org.councilworkspace.plan.SectionDraft;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.councilworkspace.testsupport.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** A plan section with three paragraphs written by its lead drafter, and small helpers to propose and count. */
abstract class AmendmentWorld {

    static final String TEXT = "First paragraph about hubs.\n\nSecond paragraph about targets.\n\nThird paragraph about people.";

    @Autowired PlanFixtures planFixtures;
    @Autowired AmendmentService amendments;
    @Autowired DraftingService drafting;
    @Autowired NotificationService notifications;
    @Autowired AuditService audit;

    PlanWorld w;
    long section;

    @BeforeEach
    void setUp() {
        w = planFixtures.world();
        section = planFixtures.section(w, null, "Vision");
        planFixtures.write(w.lead(), section, TEXT);
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    long propose(TestUser who, String text, String rationale) {
        return as(who, () -> amendments.propose(section, drafting.section(section).revisionId(), text, rationale));
    }

    int count(Set<AmendmentState> states) {
        return as(w.chair(), () -> amendments.count(w.planId(), states));
    }

    static <T> T as(TestUser who, java.util.function.Supplier<T> action) {
        return AsUser.call(who, action);
    }
}
