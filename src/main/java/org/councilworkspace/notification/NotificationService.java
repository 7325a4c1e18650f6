package org.councilworkspace.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.security.AccessGuard;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-app notifications. Other features call {@link #notify} from their own services; everyone reads and
 * marks only their own notifications.
 */
@Service
@Transactional
public class NotificationService {

    /** Arguments longer than this are cut (at a character boundary) and end with an ellipsis. */
    public static final int MAX_ARG_LENGTH = 1000;
    public static final int MAX_ARGS = 10;
    private static final int MAX_PAGE = 500;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
    // A relative route path: no scheme, no leading slash, no "//", no "..", no spaces or quotes.
    private static final Pattern LINK = Pattern.compile("(?!.*\\.\\.)(?!.*//)[A-Za-z0-9_~-][A-Za-z0-9/_.~%-]*"
            + "(\\?[A-Za-z0-9_.~%=&+-]*)?");

    private final NotificationRepository repository;
    private final AccessGuard guard;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    private final EmailRepository emailRepository;
    private final EmailDelivery emailDelivery;

    NotificationService(NotificationRepository repository, AccessGuard guard, ApplicationEventPublisher events,
                        Clock clock, EmailRepository emailRepository, EmailDelivery emailDelivery) {
        this.emailRepository = emailRepository;
        this.emailDelivery = emailDelivery;
        this.repository = repository;
        this.guard = guard;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Notifies people. Checks no permission: the calling service has already checked that its own action
     * is allowed and chosen who may learn of it (for example only current members of the council), and
     * must call this inside its transaction, so the notifications commit or roll back with the action.
     * Unknown and deactivated accounts are skipped, repeated ids notified once, and the person acting is never
     * notified of their own act; open pages of the recipients hear of it after the commit.
     *
     * @param kind       what happened, for grouping, e.g. {@code COMMENT_POSTED} (letters, digits, {@code _.-}, at most 40)
     * @param messageKey a key in every translation bundle, a MessageFormat pattern with {0}, {1}… for the args
     * @param args       plain text (shown escaped, never as HTML); null elements become empty text
     * @param link       an in-app route such as {@code plans/1/sections/3} (no leading slash), or null
     * @throws org.springframework.transaction.IllegalTransactionStateException outside a transaction
     * @throws IllegalArgumentException when kind, key or link are malformed, or more than {@value #MAX_ARGS} args
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void notify(Collection<Long> userIds, String kind, String messageKey, List<String> args, String link) {
        require(kind, 40, "kind");
        require(messageKey, 100, "message key");
        if (link != null && (link.length() > 500 || !LINK.matcher(link).matches())) {
            throw new IllegalArgumentException("Not an in-app route path: " + link);
        }
        List<String> values = args == null ? List.of() : args;
        if (values.size() > MAX_ARGS) {
            throw new IllegalArgumentException("At most " + MAX_ARGS + " message arguments");
        }
        Set<Long> wanted = new TreeSet<>();
        (userIds == null ? List.<Long>of() : userIds).stream().filter(Objects::nonNull).forEach(wanted::add);
        // Nobody is told of what they did themselves: the one place that rule lives, whatever the caller passed.
        guard.signedInId().ifPresent(wanted::remove);
        if (wanted.isEmpty()) {
            return;
        }
        Set<Long> recipients = new TreeSet<>(repository.activeAmong(wanted));
        if (recipients.isEmpty()) {
            return;
        }
        List<String> stored = new ArrayList<>(values.size());
        values.forEach(v -> stored.add(clip(v == null ? "" : v)));
        repository.insert(recipients, kind, messageKey, NotificationArgs.encode(stored), link, now());
        events.publishEvent(new NotificationsChanged(Set.copyOf(recipients)));
    }

    /** How many of the signed-in person's notifications are unread. */
    @Transactional(readOnly = true)
    public int unreadCount() {
        return repository.countUnread(guard.requireActor().id());
    }

    /** The signed-in person's notifications, newest first. */
    @Transactional(readOnly = true)
    public List<NotificationItem> mine(int offset, int limit) {
        if (offset < 0 || limit < 0 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("offset " + offset + ", limit " + limit);
        }
        return repository.page(guard.requireActor().id(), offset, limit);
    }

    @Transactional(readOnly = true)
    public int countMine() {
        return repository.count(guard.requireActor().id());
    }

    /**
     * The signed-in person's notifications as the bell lists them: one line per item they lead to (three comments in
     * one thread are one line, "3 new comments"), the item with the newest notification first.
     */
    @Transactional(readOnly = true)
    public List<NotificationGroup> myGroups(int offset, int limit) {
        if (offset < 0 || limit < 0 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("offset " + offset + ", limit " + limit);
        }
        return repository.groups(guard.requireActor().id(), offset, limit);
    }

    @Transactional(readOnly = true)
    public int countMyGroups() {
        return repository.countGroups(guard.requireActor().id());
    }

    /**
     * Marks read the signed-in person's notifications about the same item as this one (all of its group).
     *
     * @throws NotFoundException when it does not exist or is someone else's (the two read the same)
     */
    public void markGroupRead(long id) {
        long me = guard.requireActor().id();
        if (repository.markGroupRead(id, me, now()) > 0) {
            events.publishEvent(new NotificationsChanged(Set.of(me)));
        } else if (!repository.belongsTo(id, me)) {
            throw new NotFoundException("Notification");
        }
    }

    /**
     * Marks one of the signed-in person's notifications read; marking a read one again changes nothing.
     *
     * @throws NotFoundException when it does not exist or is someone else's (the two read the same)
     */
    public void markRead(long id) {
        long me = guard.requireActor().id();
        if (repository.markRead(id, me, now()) > 0) {
            events.publishEvent(new NotificationsChanged(Set.of(me)));
        } else if (!repository.belongsTo(id, me)) {
            throw new NotFoundException("Notification");
        }
    }

    public void markAllRead() {
        long me = guard.requireActor().id();
        if (repository.markAllRead(me, now()) > 0) {
            events.publishEvent(new NotificationsChanged(Set.of(me)));
        }
    }

    /** How the signed-in person wants notifications by e-mail. */
    @Transactional(readOnly = true)
    public EmailMode emailMode() {
        return emailRepository.mode(guard.requireActor().id());
    }

    public void setEmailMode(EmailMode mode) {
        if (mode == null) {
            throw new org.councilworkspace.base.InvalidInputException("emailMode", "validation.required");
        }
        emailRepository.setMode(guard.requireActor().id(), mode);
    }

    /** Whether this server can send e-mail at all (SMTP configured). */
    public boolean emailAvailable() {
        return emailDelivery.available();
    }

    private static void require(String value, int max, String what) {
        if (value == null || value.length() > max || !NAME.matcher(value).matches()) {
            throw new IllegalArgumentException("Malformed notification " + what + ": " + value);
        }
    }

    private static String clip(String arg) {
        if (arg.codePointCount(0, arg.length()) <= MAX_ARG_LENGTH) {
            return arg;
        }
        return arg.substring(0, arg.offsetByCodePoints(0, MAX_ARG_LENGTH - 1)) + "…";
    }

    private OffsetDateTime now() {
        // Microseconds: what both databases store, so a time read back compares equal to the one written.
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
