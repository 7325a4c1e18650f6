package org.councilworkspace.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.councilworkspace.db.tables.records.PlanSectionRecord;
import org.junit.jupiter.api.Test;

class OutlineBuilderTest {

    @Test
    void numbers_follow_position_within_each_parent_not_insertion_order() {
        List<PlanSectionRecord> rows = List.of(
                row(3, null, 1, "Strategies", false),
                row(1, null, 0, "Vision", false),
                row(5, 3, 1, "Skills", false),
                row(4, 3, 0, "EV", false),
                row(6, 4, 0, "Charging", false));
        assertThat(OutlineBuilder.build(rows, Map.of(), Map.of(), false)).extracting(OutlineNode::numberedTitle)
                .containsExactly("1 Vision", "2 Strategies", "2.1 EV", "2.1.1 Charging", "2.2 Skills");
    }

    @Test
    void archived_sections_and_their_children_lose_their_numbers_and_the_rest_close_up() {
        List<PlanSectionRecord> rows = List.of(
                row(1, null, 0, "Vision", false),
                row(2, null, 1, "Old chapter", true),
                row(3, 2, 0, "Old section", false),
                row(4, null, 2, "Monitoring", false));
        assertThat(OutlineBuilder.build(rows, Map.of(), Map.of(), false)).extracting(OutlineNode::numberedTitle)
                .containsExactly("1 Vision", "2 Monitoring");
        List<OutlineNode> all = OutlineBuilder.build(rows, Map.of(), Map.of(), true);
        assertThat(all).extracting(OutlineNode::numberedTitle)
                .containsExactly("1 Vision", "Old chapter", "Old section", "2 Monitoring");
        assertThat(all.get(2).archived()).as("inside an archived chapter").isTrue();
    }

    private static PlanSectionRecord row(long id, Integer parent, int position, String title, boolean archived) {
        PlanSectionRecord r = new PlanSectionRecord();
        r.setId(id);
        r.setPlanId(1L);
        r.setParentId(parent == null ? null : parent.longValue());
        r.setPosition(position);
        r.setTitle(title);
        r.setState("DRAFT");
        r.setArchived(archived);
        r.setCreatedAt(OffsetDateTime.now());
        r.setVersion(0);
        return r;
    }
}
