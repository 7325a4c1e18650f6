package org.councilworkspace.deliberation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.councilworkspace.notification.NotificationService;
import org.springframework.stereotype.Component;

/**
 * Who hears of a new comment, each person once, by the most personal reason: a mention, then a reply in a thread
 * they wrote in, then a comment on a section they lead. Only current members who may read the thread are told,
 * and never the writer.
 */
@Component
class CommentNotices {

    static final String MENTION = "COMMENT_MENTION";
    static final String REPLY = "COMMENT_REPLY";
    static final String LED_SECTION = "COMMENT_ON_LED_SECTION";

    private final MemberRepository members;
    private final NotificationService notifications;
    private final Clock clock;

    CommentNotices(MemberRepository members, NotificationService notifications, Clock clock) {
        this.members = members;
        this.notifications = notifications;
        this.clock = clock;
    }

    void commented(SectionRef section, long threadId, Visibility visibility, long writerId, String writerName,
                   Set<Long> mentioned, boolean reply) {
        Set<String> readers = ThreadAccess.readers(visibility);
        LocalDate today = LocalDate.now(clock);
        Set<Long> told = new HashSet<>();
        told.add(writerId);
        List<String> args = List.of(writerName, section.title());
        String link = "plans/" + section.planId() + "/sections/" + section.sectionId() + "?thread=" + threadId;
        send(section, today, readers, mentioned, told, MENTION, "deliberation.notify.mention", args, link);
        if (reply) {
            send(section, today, readers, members.participants(threadId), told, REPLY, "deliberation.notify.reply",
                    args, link);
        }
        send(section, today, readers, members.leads(section.sectionId()), told, LED_SECTION,
                "deliberation.notify.led-section", args, link);
    }

    private void send(SectionRef section, LocalDate today, Set<String> readers, java.util.Collection<Long> candidates,
                      Set<Long> told, String kind, String key, List<String> args, String link) {
        List<Long> fresh = new ArrayList<>(candidates);
        fresh.removeAll(told);
        Set<Long> recipients = members.currentMembers(section.councilId(), today, fresh, readers);
        if (!recipients.isEmpty()) {
            notifications.notify(recipients, kind, key, args, link);
            told.addAll(recipients);
        }
    }
}
