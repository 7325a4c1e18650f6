package org.councilworkspace.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeButton;
import java.util.List;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.notification.NotificationGroup;
import org.councilworkspace.notification.NotificationService;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.Fixtures;
import org.councilworkspace.testsupport.ServiceTest;
import org.councilworkspace.testsupport.TestUser;
import org.councilworkspace.ui.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Notifications about one item are one line ("3 new comments"), and opening it marks them all read. */
@ServiceTest
class NotificationGroupsTest extends KaribuTest {

    @Autowired Fixtures fixtures;
    @Autowired NotificationService notifications;
    @Autowired PlatformTransactionManager transactions;

    TestUser reader;
    TestUser other;
    String thread;

    @BeforeEach
    void reader() {
        reader = fixtures.user("reader");
        other = fixtures.user("other");
        long councilId = fixtures.council(fixtures.admin(), reader);
        thread = "councils/" + councilId + "?thread=7";
    }

    void send(TestUser to, String kind, String writer, String link) {
        AsUser.asNobody(() -> new TransactionTemplate(transactions).executeWithoutResult(s -> notifications.notify(
                List.of(to.id()), kind, "deliberation.notify.reply", List.of(writer, "Vision"), link)));
    }

    @Test
    void three_comments_in_one_thread_are_one_line_saying_three_new_comments_beside_another_item() {
        send(reader, "COMMENT_REPLY", "Ito", thread);
        send(reader, "COMMENT_MENTION", "Sato", thread);
        send(reader, "COMMENT_REPLY", "Tanaka", thread);
        send(reader, "COMMENT_REPLY", "Ito", null);

        List<NotificationGroup> groups = AsUser.call(reader, () -> notifications.myGroups(0, 20));
        assertThat(groups).extracting(NotificationGroup::total).containsExactly(1, 3);
        assertThat(groups.get(1).latest().args()).as("the newest of the thread").containsExactly("Tanaka", "Vision");
        assertThat(AsUser.call(reader, () -> notifications.countMyGroups())).isEqualTo(2);

        signIn(reader);
        navigate("");
        _click(_get(Button.class, spec -> spec.withId("notification-bell")));
        List<NativeButton> lines = _find(NativeButton.class, spec -> spec.withClasses("cw-notification"));
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1).getElement().getTextRecursively()).contains("Tanaka").contains("3 new comments")
                .doesNotContain("Sato");
        assertThat(lines.get(0).getElement().getTextRecursively()).doesNotContain("new comments");

        _click(lines.get(1));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).startsWith("councils/");
        assertThat(notifications.unreadCount()).as("all three of the thread, not only the newest").isEqualTo(1);
        assertThat(notifications.myGroups(0, 20)).extracting(NotificationGroup::unread).containsExactly(1, 0);
    }

    @Test
    void a_read_group_counts_all_its_notifications_and_nobody_marks_another_persons_group() {
        send(reader, "AMENDMENT_SUPPORT", "Ito", thread);
        send(reader, "AMENDMENT_OPPOSE", "Sato", thread);
        long newest = AsUser.call(reader, () -> notifications.myGroups(0, 20)).get(0).latest().id();

        assertThatThrownBy(() -> AsUser.run(other, () -> notifications.markGroupRead(newest)))
                .isInstanceOf(NotFoundException.class);
        assertThat(AsUser.call(reader, () -> notifications.unreadCount())).isEqualTo(2);

        AsUser.run(reader, () -> notifications.markGroupRead(newest));
        signIn(reader);
        navigate("");
        _click(_get(Button.class, spec -> spec.withId("notification-bell")));
        NativeButton line = _get(NativeButton.class, spec -> spec.withClasses("cw-notification"));
        assertThat(line.getElement().getTextRecursively()).contains("2 updates").doesNotContain("Unread");
    }
}
