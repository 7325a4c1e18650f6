package org.councilworkspace.account;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.SupportedLocales;
import org.councilworkspace.base.TextRules;
import org.councilworkspace.security.AccessGuard;
import org.councilworkspace.security.Actor;
import org.councilworkspace.security.CouncilAction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts for the people a council invites: whoever manages the council's members (or the platform administrator)
 * looks up whether an address already has an account and creates one with a set-password link when it has not.
 * Such accounts are never platform administrators. Part of the account feature's API, next to {@link AccountService}.
 */
@Component
@Transactional
public class AccountInvitations {

    private final UserRepository users;
    private final AccountService accounts;
    private final AccessGuard guard;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountInvitations(UserRepository users, AccountService accounts, AccessGuard guard,
                       ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.accounts = accounts;
        this.guard = guard;
        this.events = events;
        this.clock = clock;
    }

    /** The accounts that use this e-mail address (usually none or one), for someone who manages the council. */
    @Transactional(readOnly = true)
    public List<UserAccount> accountsWithEmail(long councilId, String email) {
        requireInviter(councilId);
        return users.withEmail(email);
    }

    /**
     * Creates an account for a person the council invites and returns its one-time set-password link. The username
     * is made from the e-mail address, made unique with a number when taken.
     */
    public Invitation createInvitedAccount(long councilId, String displayName, String email, String locale) {
        Actor inviter = requireInviter(councilId);
        String name = TextRules.requiredLine("displayName", displayName, 200);
        String mail = TextRules.email("email", email);
        String language = SupportedLocales.isSupported(locale) ? locale : "en";
        String username = freeUsername(mail);
        long id = users.insert(new NewUser(username, name, mail, language, false), now());
        events.publishEvent(new UserAccountChanged(inviter.id(), inviter.username(), "USER_CREATED", id,
                username + " (invited to council " + councilId + ")"));
        return accounts.issueInvitation(inviter, id, username);
    }

    private Actor requireInviter(long councilId) {
        Actor actor = guard.requireActor();
        if (!actor.platformAdmin()) {
            guard.require(councilId, CouncilAction.MANAGE_MEMBERS);
        }
        return actor;
    }

    /** The address's local part in the username alphabet, with a number added until it is free. */
    static String base(String email) {
        String local = email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9._-]", "-").replaceAll("^[^a-z0-9]+", "");
        if (local.length() < 3) {
            local = local.isEmpty() ? "member" : local + "-member";
        }
        return local.length() > 56 ? local.substring(0, 56) : local;
    }

    private String freeUsername(String email) {
        String base = base(email);
        Optional<String> free = java.util.stream.IntStream.rangeClosed(1, 10_000)
                .mapToObj(i -> i == 1 ? base : base + "-" + i).filter(u -> !users.usernameTaken(u)).findFirst();
        return free.orElseThrow(() -> new InvalidInputException("email", "validation.username-taken"));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
