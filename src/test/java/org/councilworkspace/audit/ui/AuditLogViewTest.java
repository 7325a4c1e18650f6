package org.councilworkspace.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import java.util.Locale;
import java.util.Set;
import org.councilworkspace.audit.AuditEntry;
import org.councilworkspace.base.Messages;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.security.CouncilRole;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.Fixtures;
import org.councilworkspace.testsupport.ServiceTest;
import org.councilworkspace.testsupport.TestUser;
import org.councilworkspace.ui.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The secretariat reads the audit log in its own language, with the stored codes beside the words. */
@ServiceTest
class AuditLogViewTest extends KaribuTest {

    private static final Locale THAI = Locale.forLanguageTag("th");

    @Autowired Fixtures fixtures;
    @Autowired CouncilService councils;

    TestUser secretariat;
    long councilId;

    @BeforeEach
    void councilWithARoleChange() {
        TestUser admin = fixtures.admin();
        secretariat = fixtures.user("secretariat");
        councilId = fixtures.council(admin, secretariat);
        long membership = fixtures.addMember(councilId, secretariat, fixtures.user("member"), CouncilRole.MEMBER);
        AsUser.run(secretariat, () -> councils.changeRole(councilId, membership, CouncilRole.OBSERVER, 0));
    }

    @Test
    void a_thai_secretariat_reads_each_event_as_a_phrase_with_its_code_beneath() {
        signIn(secretariat);
        UI.getCurrent().setLocale(THAI);
        navigate("councils/" + councilId + "/audit");
        Grid<AuditEntry> grid = grid();
        AuditEntry newest = GridKt._fetch(grid, 0, 1).get(0);
        assertThat(newest.action()).isEqualTo("ROLE_CHANGED");

        String what = GridKt._getCellComponent(grid, 0, "what").getElement().getTextRecursively();
        assertThat(what).contains(Messages.get("audit.action.ROLE_CHANGED", THAI)).contains("ROLE_CHANGED");
        assertThat(GridKt._getFormatted(grid.getColumnByKey("object"), newest))
                .startsWith(Messages.get("audit.object-type.MEMBERSHIP", THAI));
        assertThat(GridKt._getCellComponent(grid, 0, "details").getElement().getTextRecursively())
                .as("the roles before → after in Thai, the stored entry unchanged")
                .endsWith(Messages.get("CouncilRole.MEMBER", THAI) + " → " + Messages.get("CouncilRole.OBSERVER", THAI))
                .doesNotContain("OBSERVER");
        assertThat(newest.summary()).endsWith("MEMBER → OBSERVER");
    }

    @Test
    void the_filter_lists_each_event_by_phrase_and_code_and_narrows_the_log() {
        signIn(secretariat);
        navigate("councils/" + councilId + "/audit");
        Grid<AuditEntry> grid = grid();
        assertThat(GridKt._size(grid)).isEqualTo(3);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> filter = _get(MultiSelectComboBox.class, spec -> spec.withId("audit-filter"));
        assertThat(filter.getItemLabelGenerator().apply("ROLE_CHANGED")).isEqualTo("Role changed · ROLE_CHANGED");

        filter.setValue(Set.of("ROLE_CHANGED"));
        assertThat(GridKt._fetch(grid, 0, 10)).extracting(AuditEntry::action).containsExactly("ROLE_CHANGED");
        filter.setValue(Set.of("MEMBER_ADDED", "ROLE_CHANGED"));
        assertThat(GridKt._size(grid)).isEqualTo(3);
        filter.clear();
        assertThat(GridKt._size(grid)).isEqualTo(3);
    }

    @Test
    void a_code_no_bundle_knows_and_a_title_in_capitals_are_shown_as_written() {
        signIn(secretariat);
        UI.getCurrent().setLocale(Locale.JAPANESE);
        assertThat(AuditWording.action("SOMETHING_FROM_AN_OLDER_RELEASE")).isEqualTo("SOMETHING_FROM_AN_OLDER_RELEASE");
        assertThat(AuditWording.filterLabel("SOMETHING_FROM_AN_OLDER_RELEASE"))
                .isEqualTo("SOMETHING_FROM_AN_OLDER_RELEASE");
        assertThat(AuditWording.action("MINUTES_APPROVED")).isEqualTo("議事録を承認");
        String chair = Messages.get("CouncilRole.CHAIR", Locale.JAPANESE);
        assertThat(AuditWording.details("ROLE_CHANGED", "MEMBER WORKING GROUP: MEMBER → CHAIR"))
                .isEqualTo("MEMBER WORKING GROUP: " + Messages.get("CouncilRole.MEMBER", Locale.JAPANESE) + " → "
                        + chair);
        assertThat(AuditWording.details("PLAN_CREATED", "MEMBER → CHAIR")).as("no labels for this event")
                .isEqualTo("MEMBER → CHAIR");
        assertThat(AuditWording.details("SECTION_REVISED", "revision 3 (EDIT)"))
                .isEqualTo("revision 3 (" + Messages.get("RevisionKind.EDIT", Locale.JAPANESE) + ")");
    }

    @SuppressWarnings("unchecked")
    private static Grid<AuditEntry> grid() {
        return _get(Grid.class, spec -> spec.withId("audit-grid"));
    }
}
