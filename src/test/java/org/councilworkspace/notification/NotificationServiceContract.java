package org.councilworkspace.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.Fixtures;
import org.councilworkspace.testsupport.MutableClock;
import org.councilworkspace.testsupport.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

abstract class NotificationServiceContract {

    static final String KEY = "section.saved-by-other";
    static final String LINK = "plans/1/sections/3";

    @Autowired NotificationService notifications;
    @Autowired NotificationHub hub;
    @Autowired Fixtures fixtures;
    @Autowired MutableClock clock;
    @Autowired PlatformTransactionManager transactions;

    TestUser ann;
    TestUser ben;

    @BeforeEach
    void people() {
        ann = fixtures.user("ann");
        ben = fixtures.user("ben");
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    /** As a feature's service would: inside its own transaction. */
    void send(List<Long> to, List<String> args, String link) {
        new TransactionTemplate(transactions).executeWithoutResult(s -> notifications.notify(to, "TEST", KEY, args, link));
    }

    List<NotificationItem> all(TestUser who) {
        return AsUser.call(who, () -> notifications.mine(0, 100));
    }

    @Test
    void each_active_recipient_gets_one_notification_and_deactivated_or_unknown_people_none() {
        TestUser gone = fixtures.user("gone");
        fixtures.deactivate(gone);
        send(Arrays.asList(ann.id(), ann.id(), null, ben.id(), gone.id(), -42L), List.of("Ito", "3"), LINK);

        assertThat(all(ann)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo("TEST");
            assertThat(n.messageKey()).isEqualTo(KEY);
            assertThat(n.args()).containsExactly("Ito", "3");
            assertThat(n.link()).isEqualTo(LINK);
            assertThat(n.createdAt().toInstant()).isEqualTo(clock.instant());
            assertThat(n.read()).isFalse();
        });
        assertThat(AsUser.call(ben, notifications::countMine)).isEqualTo(1);
        assertThat(AsUser.call(ben, notifications::unreadCount)).isEqualTo(1);
    }

    @Test
    void nobody_is_notified_of_their_own_act() {
        AsUser.run(ann, () -> send(List.of(ann.id(), ben.id()), List.of("Ann"), LINK));

        assertThat(AsUser.call(ann, notifications::countMine)).isZero();
        assertThat(AsUser.call(ben, notifications::countMine)).isEqualTo(1);
    }

    @Test
    void nobody_at_all_is_no_error() {
        send(List.of(), List.of(), null);
        assertThat(AsUser.call(ann, notifications::countMine)).isZero();
    }

    @Test
    void newest_come_first_a_page_at_a_time() {
        for (int i = 1; i <= 5; i++) {
            send(List.of(ann.id()), List.of("n" + i), null);
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(AsUser.call(ann, () -> notifications.mine(0, 2))).extracting(n -> n.args().get(0))
                .containsExactly("n5", "n4");
        assertThat(AsUser.call(ann, () -> notifications.mine(2, 2))).extracting(n -> n.args().get(0))
                .containsExactly("n3", "n2");
        assertThat(AsUser.call(ann, notifications::countMine)).isEqualTo(5);
    }

    @Test
    void notifications_made_in_the_same_instant_still_come_newest_first() {
        send(List.of(ann.id()), List.of("first"), null);
        send(List.of(ann.id()), List.of("second"), null);
        assertThat(all(ann)).extracting(n -> n.args().get(0)).containsExactly("second", "first");
    }

    @Test
    void notifications_about_one_item_are_one_group_newest_first_and_read_together() {
        send(List.of(ann.id()), List.of("Ito", "1"), LINK);
        send(List.of(ann.id()), List.of("Sato", "2"), null);
        send(List.of(ann.id()), List.of("Ito", "3"), LINK);
        List<NotificationGroup> groups = AsUser.call(ann, () -> notifications.myGroups(0, 10));
        assertThat(groups).extracting(NotificationGroup::total).containsExactly(2, 1);
        assertThat(groups.get(0).latest().args()).containsExactly("Ito", "3");
        assertThat(AsUser.call(ann, () -> notifications.countMyGroups())).isEqualTo(2);

        AsUser.run(ann, () -> notifications.markGroupRead(groups.get(0).latest().id()));
        assertThat(AsUser.call(ann, () -> notifications.unreadCount())).isEqualTo(1);
    }

    @Test
    void marking_one_read_lowers_the_count_and_marking_it_again_changes_nothing() {
        send(List.of(ann.id()), List.of("a"), null);
        send(List.of(ann.id()), List.of("b"), null);
        long first = all(ann).get(1).id();

        AsUser.run(ann, () -> notifications.markRead(first));
        AsUser.run(ann, () -> notifications.markRead(first));

        assertThat(AsUser.call(ann, notifications::unreadCount)).isEqualTo(1);
        assertThat(all(ann)).extracting(NotificationItem::read).containsExactly(false, true);
    }

    @Test
    void marking_all_read_touches_only_my_own() {
        send(List.of(ann.id(), ben.id()), List.of(), null);
        send(List.of(ann.id(), ben.id()), List.of(), null);

        AsUser.run(ann, notifications::markAllRead);

        assertThat(AsUser.call(ann, notifications::unreadCount)).isZero();
        assertThat(all(ann)).allMatch(NotificationItem::read);
        assertThat(AsUser.call(ben, notifications::unreadCount)).isEqualTo(2);
    }

    @Test
    void nobody_reads_or_marks_another_persons_notifications() {
        send(List.of(ann.id()), List.of("for Ann only"), null);
        long annsNotification = all(ann).get(0).id();

        assertThat(all(ben)).isEmpty();
        assertThat(AsUser.call(ben, notifications::countMine)).isZero();
        assertThatThrownBy(() -> AsUser.run(ben, () -> notifications.markRead(annsNotification)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> AsUser.run(ben, () -> notifications.markRead(Long.MAX_VALUE)))
                .as("someone else's and a missing one read the same").isInstanceOf(NotFoundException.class);
        AsUser.run(ben, notifications::markAllRead);

        assertThat(AsUser.call(ann, notifications::unreadCount)).isEqualTo(1);
    }

    @Test
    void signed_out_and_deactivated_people_read_nothing() {
        send(List.of(ann.id()), List.of(), null);
        assertThatThrownBy(notifications::unreadCount).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notifications.mine(0, 10)).isInstanceOf(AccessDeniedException.class);
        fixtures.deactivate(ann);
        assertThatThrownBy(() -> all(ann)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.run(ann, notifications::markAllRead)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void hostile_and_multilingual_arguments_are_stored_exactly() {
        List<String> args = List.of(
                "<script>alert('x')</script><img src=x onerror=alert(1)>",
                "แผนแม่บทอุตสาหกรรมยานยนต์ พ.ศ. ๒๕๗๐–๒๕๗๔",
                "製造産業局「基本方針」について",
                "مرحبا \u202Egnp.exe \u200F שלום",
                "line one\nline two\r\nline three\ttabbed",
                "quotes \" ' \\ and braces {0} {1} '{'",
                "nul \u0000 bell \u0007 and an emoji 🇹🇭👩🏽‍💻 and e\u0301",
                "\"]}, {\"injected\": true");
        send(List.of(ann.id()), args, LINK);
        assertThat(all(ann).get(0).args()).containsExactlyElementsOf(args);
    }

    @Test
    void a_null_argument_becomes_empty_text_and_long_ones_are_cut_between_characters() {
        String longArg = "x".repeat(NotificationService.MAX_ARG_LENGTH - 2) + "🇹🇭🇯🇵";
        send(List.of(ann.id()), Arrays.asList(null, longArg), null);
        List<String> stored = all(ann).get(0).args();
        assertThat(stored.get(0)).isEmpty();
        assertThat(stored.get(1)).hasSize(NotificationService.MAX_ARG_LENGTH - 2 + 2 + 1)
                .endsWith("x\uD83C\uDDF9…");
        assertThat(stored.get(1).codePointCount(0, stored.get(1).length())).isEqualTo(NotificationService.MAX_ARG_LENGTH);
    }

    @Test
    void links_must_be_in_app_routes() {
        for (String bad : List.of("javascript:alert(1)", "https://example.org", "//example.org/x", "/plans/1",
                "plans/../admin", "plans/1 onclick", "plans/1\"", "plans/1#x")) {
            assertThatThrownBy(() -> send(List.of(ann.id()), List.of(), bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        send(List.of(ann.id()), List.of(), "councils/7/plans?tab=versions");
        assertThat(all(ann)).singleElement().extracting(NotificationItem::link).isEqualTo("councils/7/plans?tab=versions");
    }

    @Test
    void malformed_kinds_and_keys_are_refused() {
        var tx = new TransactionTemplate(transactions);
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> notifications.notify(List.of(ann.id()), "", KEY, List.of(), null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> notifications.notify(List.of(ann.id()), "TEST", "a key", List.of(), null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> notifications.notify(List.of(ann.id()), "X".repeat(41), KEY, List.of(), null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(AsUser.call(ann, notifications::countMine)).isZero();
    }

    @Test
    void notifying_outside_the_callers_transaction_is_refused() {
        assertThatThrownBy(() -> notifications.notify(List.of(ann.id()), "TEST", KEY, List.of(), null))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(AsUser.call(ann, notifications::countMine)).isZero();
    }

    @Test
    void open_pages_hear_of_new_notifications_after_commit_and_never_of_rolled_back_ones() {
        AtomicInteger annHeard = new AtomicInteger();
        AtomicInteger benHeard = new AtomicInteger();
        Runnable stopAnn = hub.subscribe(ann.id(), annHeard::incrementAndGet);
        Runnable stopBen = hub.subscribe(ben.id(), benHeard::incrementAndGet);
        try {
            new TransactionTemplate(transactions).executeWithoutResult(s -> {
                notifications.notify(List.of(ann.id()), "TEST", KEY, List.of(), null);
                assertThat(annHeard).as("not before the commit").hasValue(0);
            });
            // On PostgreSQL the news comes back through LISTEN, a moment after the commit.
            eventually(() -> annHeard.get() == 1);

            new TransactionTemplate(transactions).executeWithoutResult(s -> {
                notifications.notify(List.of(ann.id()), "TEST", KEY, List.of(), null);
                s.setRollbackOnly();
            });
            assertThat(AsUser.call(ann, notifications::countMine)).isEqualTo(1);

            AsUser.run(ann, notifications::markAllRead);
            eventually(() -> annHeard.get() >= 2);
            // News arrives in commit order: had the rolled-back one been sent, it would have come before this.
            assertThat(annHeard).as("rolled back, and reading in one tab updates the others").hasValue(2);

            stopAnn.run();
            send(List.of(ann.id(), ben.id()), List.of(), null);
            eventually(() -> benHeard.get() == 1);
            assertThat(annHeard).as("unsubscribed").hasValue(2);
        } finally {
            stopAnn.run();
            stopBen.run();
        }
    }

    private static void eventually(java.util.function.BooleanSupplier condition) {
        org.awaitility.Awaitility.await("within five seconds").atMost(java.time.Duration.ofSeconds(5))
                .pollInterval(java.time.Duration.ofMillis(10)).until(condition::getAsBoolean);
    }
}
