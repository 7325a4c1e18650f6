package org.councilworkspace.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.dom.Element;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.councilworkspace.notification.NotificationService;
import org.councilworkspace.testsupport.Fixtures;
import org.councilworkspace.testsupport.ServiceTest;
import org.councilworkspace.testsupport.TestUser;
import org.councilworkspace.ui.KaribuTest;
import org.councilworkspace.testsupport.AsUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@ServiceTest
class NotificationBellTest extends KaribuTest {

    static final String KEY = "section.saved-by-other";
    static final String I = NotificationEntry.ISOLATE_START;
    static final String O = NotificationEntry.ISOLATE_END;

    @Autowired Fixtures fixtures;
    @Autowired NotificationService notifications;
    @Autowired PlatformTransactionManager transactions;

    TestUser reader;
    long councilId;

    @BeforeEach
    void reader() {
        reader = fixtures.user("reader");
        councilId = fixtures.council(fixtures.admin(), reader);
    }

    /** Sent by another feature's act, not the reader's own (nobody is told of their own act). */
    void send(List<String> args, String link) {
        AsUser.asNobody(() -> new TransactionTemplate(transactions).executeWithoutResult(s ->
                notifications.notify(List.of(reader.id()), "TEST", KEY, args, link)));
    }

    Button bell() {
        return _get(Button.class, spec -> spec.withId("notification-bell"));
    }

    /**
     * The first click on the bell makes the popover and opens it; later the browser opens it by itself when the
     * bell is clicked and tells the server, which this does the same way.
     */
    void openBell() {
        List<Popover> made = _find(Popover.class, spec -> spec.withId("notification-popover"));
        if (made.isEmpty()) {
            _click(bell());
        } else {
            made.get(0).open();
        }
        assertThat(_get(Popover.class, spec -> spec.withId("notification-popover")).isOpened()).isTrue();
    }

    List<NativeButton> entries() {
        return _find(NativeButton.class, spec -> spec.withClasses("cw-notification"));
    }

    static Span message(NativeButton entry) {
        return _get(entry, Span.class, spec -> spec.withClasses("cw-notification-message"));
    }

    @Test
    void the_bell_shows_the_unread_count_in_text_and_in_its_name() {
        send(List.of("Ito", "2"), null);
        send(List.of("Sato", "3"), null);
        signIn(reader);
        navigate("");

        Button bell = bell();
        assertThat(bell.getSuffixComponent()).isInstanceOfSatisfying(Span.class, count -> {
            assertThat(count.getText()).isEqualTo("2");
            assertThat(count.isVisible()).isTrue();
        });
        assertThat(bell.getAriaLabel()).contains("Notifications, 2 unread");
    }

    @Test
    void opening_the_bell_lists_notifications_and_clicking_one_marks_it_read_and_opens_its_page() {
        send(List.of("Ito", "2"), "councils/" + councilId);
        send(List.of("Sato", "3"), null);
        signIn(reader);
        navigate("");
        openBell();

        List<NativeButton> entries = entries();
        assertThat(entries).hasSize(2);
        assertThat(message(entries.get(0)).getText()).isEqualTo(I + "Sato" + O + " saved revision " + I + "3" + O + ".");
        assertThat(entries.get(1).getElement().getTextRecursively()).startsWith("Unread")
                .contains(I + "Ito" + O + " saved revision " + I + "2" + O + ".");

        _click(entries.get(1));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("councils/" + councilId);
        assertThat(bell().getAriaLabel()).contains("Notifications, 1 unread");
        assertThat(notifications.mine(0, 10)).extracting(n -> n.read()).containsExactly(false, true);
    }

    @Test
    void hostile_arguments_are_shown_as_text_never_as_html() {
        String script = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        String rtl = "مرحبا \u202Egnp.exe";
        send(List.of(script, "line one\nline two"), null);
        send(List.of(rtl, "แผนแม่บท"), null);
        signIn(reader);
        navigate("");
        openBell();

        Span hostile = message(entries().get(1));
        assertThat(hostile.getText()).isEqualTo(I + script + O + " saved revision " + I + "line one\nline two" + O + ".");
        assertThat(hostile.getElement().getChildren()).allMatch(Element::isTextNode);
        assertThat(hostile.getElement().getOuterHTML()).contains("&lt;script&gt;").doesNotContain("<script>");
        assertThat(message(entries().get(0)).getText())
                .as("the override stays inside its isolate").startsWith(I + rtl + O + " saved revision");
    }

    @Test
    void marking_all_as_read_clears_the_count_and_says_so() {
        send(List.of("Ito", "2"), null);
        send(List.of("Sato", "3"), null);
        signIn(reader);
        navigate("");
        openBell();

        _click(_get(Button.class, spec -> spec.withId("notification-mark-all")));

        assertThat(bell().getAriaLabel()).contains("Notifications, none unread");
        assertThat(bell().getSuffixComponent().isVisible()).isFalse();
        assertThat(entries()).noneMatch(e -> e.hasClassName("cw-unread"))
                .noneMatch(e -> e.getElement().getTextRecursively().startsWith("Unread"));
        assertThat(_get(Button.class, spec -> spec.withId("notification-mark-all")).isEnabled()).isFalse();
        assertThat(_find(Span.class, spec -> spec.withText("All notifications are marked as read."))).hasSize(1);
    }

    @Test
    void someone_without_notifications_is_told_so() {
        signIn(reader);
        navigate("");
        assertThat(bell().getAriaLabel()).contains("Notifications, none unread");
        openBell();
        assertThat(_get(Paragraph.class, spec -> spec.withId("notification-empty")).getText())
                .isEqualTo("You have no notifications.");
        assertThat(entries()).isEmpty();
    }

    @Test
    void nobody_signed_in_gets_no_bell() {
        navigate("no-such-page");
        assertThat(_find(Button.class, spec -> spec.withId("notification-bell"))).isEmpty();
    }

    @Test
    void the_list_is_built_only_while_open() {
        send(List.of("Ito", "2"), null);
        signIn(reader);
        navigate("");
        assertThat(entries()).isEmpty();
        assertThat(_find(Popover.class, spec -> spec.withId("notification-popover"))).as("made on the first click")
                .isEmpty();
        // Screen readers hear that the bell opens a popup before the popover exists.
        assertThat(bell().getElement().getAttribute("aria-haspopup")).isEqualTo("dialog");
        assertThat(bell().getElement().getAttribute("aria-expanded")).isEqualTo("false");
        openBell();
        assertThat(bell().getElement().getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(entries()).hasSize(1);
        _get(Popover.class, spec -> spec.withId("notification-popover")).close();
        assertThat(entries()).isEmpty();
        openBell();
        assertThat(entries()).as("opened again by the browser").hasSize(1);
    }

    @Test
    void each_person_reads_the_message_in_their_own_language() {
        send(List.of("伊藤", "2"), null);
        signIn(reader);
        UI.getCurrent().setLocale(Locale.JAPANESE);
        navigate("");
        assertThat(bell().getAriaLabel()).contains("通知（未読 1 件）");
        openBell();
        assertThat(message(entries().get(0)).getText()).isEqualTo(I + "伊藤" + O + " が第" + I + "2" + O + "版を保存しました。");
    }

    @Test
    void a_new_notification_reaches_an_open_page_without_reloading() {
        signIn(reader);
        navigate("");
        send(List.of("Ito", "2"), null);
        // The live update arrives from another thread after the batching interval (generous for a busy machine).
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50)).pollInSameThread().until(() -> {
            MockVaadin.clientRoundtrip();
            return bell().getAriaLabel().orElse("").contains("1 unread");
        });
        assertThat(bell().getAriaLabel()).contains("Notifications, 1 unread");
    }
}
