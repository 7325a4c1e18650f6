package org.councilworkspace.meeting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ShortcutsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dnd.DragStartEvent;
import com.vaadin.flow.component.dnd.DropEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.councilworkspace.meeting.AgendaDocuments;
import org.councilworkspace.meeting.AgendaItem;
import org.councilworkspace.meeting.AgendaPurpose;
import org.councilworkspace.meeting.AgendaService;
import org.councilworkspace.meeting.MeetingDocuments;
import org.councilworkspace.meeting.MeetingKind;
import org.councilworkspace.meeting.MeetingService;
import org.councilworkspace.meeting.NewAgendaItem;
import org.councilworkspace.meeting.NewMeeting;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.councilworkspace.testsupport.ServiceTest;
import org.councilworkspace.ui.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The agenda reordered on the meeting page by dragging and by the keyboard, and the papers of each item. */
@ServiceTest
class AgendaReorderViewsTest extends KaribuTest {

    private static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired java.time.Clock clock;
    @Autowired PlanFixtures planFixtures;
    @Autowired MeetingService meetings;
    @Autowired AgendaService agendas;
    @Autowired AgendaDocuments itemDocuments;
    @Autowired MeetingDocuments documents;

    PlanWorld w;
    long meetingId;

    @BeforeEach
    void meeting() {
        w = planFixtures.world();
        OffsetDateTime start = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES).plusDays(14);
        meetingId = AsUser.call(w.secretariat(), () -> meetings.createMeeting(w.councilId(), new NewMeeting(
                MeetingKind.PLENARY, "3rd plenary", start, start.plusHours(2), "Hall A", null, null,
                Set.of(w.member().id()))));
        // A new meeting may start from the council's template; these tests want their own three items only.
        for (AgendaItem i : AsUser.call(w.secretariat(), () -> agendas.agenda(meetingId)).items()) {
            AsUser.run(w.secretariat(), () -> agendas.removeItem(i.id(), i.version()));
        }
        for (String title : List.of("Opening", "Targets", "Any other business")) {
            AsUser.call(w.secretariat(), () -> agendas.addItem(meetingId, new NewAgendaItem(title, 20, null,
                    AgendaPurpose.DISCUSSION, null)));
        }
    }

    private List<AgendaItemRow> rows() {
        return _find(AgendaItemRow.class);
    }

    private List<String> shownTitles() {
        return rows().stream().map(r -> r.item().title()).toList();
    }

    private List<String> savedTitles() {
        return AsUser.call(w.secretariat(), () -> agendas.agenda(meetingId)).items().stream().map(AgendaItem::title)
                .toList();
    }

    private AgendaItemRow row(String title) {
        return rows().stream().filter(r -> r.item().title().equals(title)).findFirst().orElseThrow();
    }

    private String announced() {
        return _get(Span.class, spec -> spec.withId("agenda-announcer")).getText();
    }

    /** What the browser sends for a drag and drop: the drag start on the item, then the drop on the other one. */
    private static void drag(AgendaItemRow dragged, AgendaItemRow onto) {
        ComponentUtil.fireEvent(dragged, new DragStartEvent<>(dragged, true));
        ComponentUtil.fireEvent(onto, new DropEvent<>(onto, true, "move"));
    }

    @Test
    void the_secretariat_drags_the_last_item_onto_the_first_and_the_agenda_is_renumbered_and_says_so() {
        signIn(w.secretariat());
        navigate("meetings/" + meetingId);
        assertThat(row("Opening").getElement().getProperty("draggable")).isEqualTo("true");
        drag(row("Any other business"), row("Opening"));
        assertThat(savedTitles()).containsExactly("Any other business", "Opening", "Targets");
        assertThat(shownTitles()).containsExactly("Any other business", "Opening", "Targets");
        assertThat(announced()).isEqualTo("“Any other business” is now item 1 of 3.");
        assertThat(_get(row("Any other business"), Button.class, spec -> spec.withClasses("cw-move-up")).isEnabled())
                .as("the first item has no place above").isFalse();
        drag(row("Any other business"), row("Targets"));
        assertThat(savedTitles()).containsExactly("Opening", "Targets", "Any other business");
        assertThat(announced()).isEqualTo("“Any other business” is now item 3 of 3.");
    }

    @Test
    void an_item_removed_meanwhile_cannot_be_dropped_and_the_agenda_is_redrawn_as_it_is() {
        signIn(w.secretariat());
        navigate("meetings/" + meetingId);
        AgendaItemRow stale = row("Targets");
        AgendaItem targets = stale.item();
        AsUser.run(w.secretariat(), () -> agendas.removeItem(targets.id(), targets.version()));
        signIn(w.secretariat());
        drag(stale, row("Opening"));
        assertThat(savedTitles()).containsExactly("Opening", "Any other business");
        assertThat(shownTitles()).containsExactly("Opening", "Any other business");
    }

    @Test
    void the_arrow_buttons_and_alt_arrows_move_an_item_one_place_and_say_where_it_went() {
        signIn(w.secretariat());
        navigate("meetings/" + meetingId);
        _click(_get(row("Targets"), Button.class, spec -> spec.withAttribute("aria-label", "Move up: Targets")));
        assertThat(savedTitles()).containsExactly("Targets", "Opening", "Any other business");
        assertThat(announced()).isEqualTo("“Targets” is now item 1 of 3.");
        ShortcutsKt._fireShortcut(row("Targets"), Key.ARROW_DOWN, KeyModifier.ALT);
        assertThat(savedTitles()).containsExactly("Opening", "Targets", "Any other business");
        ShortcutsKt._fireShortcut(row("Targets"), Key.ARROW_DOWN, KeyModifier.ALT);
        assertThat(savedTitles()).containsExactly("Opening", "Any other business", "Targets");
        assertThat(shownTitles()).containsExactly("Opening", "Any other business", "Targets");
        assertThat(announced()).isEqualTo("“Targets” is now item 3 of 3.");
        assertThat(_get(row("Targets"), Button.class, spec -> spec.withClasses("cw-move-up"))
                .getElement().getAttribute("aria-keyshortcuts")).isEqualTo("Alt+ArrowUp");
    }

    @Test
    void the_secretariat_uploads_a_paper_for_an_item_and_a_member_downloads_it_but_cannot_reorder() {
        signIn(w.secretariat());
        navigate("meetings/" + meetingId);
        _click(_get(row("Targets"), Button.class, spec -> spec.withClasses("cw-item-documents")));
        ItemDocumentsDialog dialog = _get(ItemDocumentsDialog.class);
        dialog.received("cost-estimate.pdf", PDF);
        _click(_get(Button.class, spec -> spec.withId("item-documents-upload")));
        long paper = AsUser.call(w.secretariat(), () -> documents.documents(meetingId)).get(0).id();
        long targets = row("Targets").item().id();
        assertThat(AsUser.call(w.secretariat(), () -> itemDocuments.byItem(meetingId)).get(targets)).hasSize(1);
        _click(_get(Button.class, spec -> spec.withId("item-documents-close")));
        assertThat(_get(Anchor.class, spec -> spec.withId("item-" + targets + "-document-" + paper)).getText())
                .isEqualTo("cost-estimate");
        AsUser.run(w.secretariat(), () -> agendas.publish(meetingId));

        signIn(w.member());
        navigate("meetings/" + meetingId);
        assertThat(_get(Anchor.class, spec -> spec.withId("item-" + targets + "-document-" + paper)).getText())
                .isEqualTo("cost-estimate");
        assertThat(row("Opening").getElement().getProperty("draggable")).isNull();
        assertThat(_find(row("Opening"), Button.class)).isEmpty();
        assertThat(_find(Span.class, spec -> spec.withId("agenda-announcer"))).hasSize(1);
    }

    @Test
    void a_detached_paper_leaves_the_item_but_stays_with_the_meeting() {
        long paper = AsUser.call(w.secretariat(), () -> documents.add(meetingId, "Background", "b.pdf", PDF, false));
        long targets = AsUser.call(w.secretariat(), () -> agendas.agenda(meetingId)).items().get(1).id();
        AsUser.run(w.secretariat(), () -> itemDocuments.attach(targets, paper));
        signIn(w.secretariat());
        navigate("meetings/" + meetingId);
        assertThat(_get(Anchor.class, spec -> spec.withId("item-" + targets + "-document-" + paper)).getText())
                .isEqualTo("Background");
        _click(_get(row("Targets"), Button.class, spec -> spec.withClasses("cw-item-documents")));
        _click(_get(Button.class, spec -> spec.withId("item-documents-detach-" + paper)));
        _click(_get(Button.class, spec -> spec.withId("item-documents-close")));
        assertThat(_find(Anchor.class, spec -> spec.withId("item-" + targets + "-document-" + paper))).isEmpty();
        assertThat(_get(Anchor.class, spec -> spec.withId("document-" + paper)).getText()).isEqualTo("Background");
    }
}
