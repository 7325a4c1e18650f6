package org.councilworkspace.account;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.councilworkspace.base.ConcurrentChangeException;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.base.SupportedLocales;
import org.councilworkspace.base.TextRules;
import org.councilworkspace.security.AccessGuard;
import org.councilworkspace.security.Actor;
import org.councilworkspace.security.PasswordPolicy;
import org.councilworkspace.security.SignedInSessions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.councilworkspace.base.Secrets;

/** Accounts: the administrator's user management, and each person's own profile and password. */
@Service
@Transactional
public class AccountService {


    private final UserRepository users;
    private final AccessGuard guard;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration invitationValidity;
    private final SignedInSessions sessions;

    AccountService(UserRepository users, AccessGuard guard, PasswordPolicy policy, PasswordEncoder encoder,
                   ApplicationEventPublisher events, Clock clock,
                   @Value("${council.invitation.validity:P7D}") Duration invitationValidity, SignedInSessions sessions) {
        this.users = users;
        this.sessions = sessions;
        this.guard = guard;
        this.policy = policy;
        this.encoder = encoder;
        this.events = events;
        this.clock = clock;
        this.invitationValidity = invitationValidity;
    }

    /**
     * Creates the first platform administrator of an empty installation; refused once any account exists.
     * Needs no sign-in, since nobody can sign in yet.
     */
    public long bootstrapAdmin(String username, String displayName, String email, String password) {
        if (users.count(null) > 0) {
            throw new IllegalStateException("Accounts exist already; the first administrator was created before");
        }
        String name = TextRules.username("username", username);
        policy.check("password", password, name);
        long id = users.insert(new NewUser(name, TextRules.requiredLine("displayName", displayName, 200),
                TextRules.email("email", email), "en", true), now());
        users.setPassword(id, encoder.encode(password), now());
        events.publishEvent(new UserAccountChanged(null, "system", "ADMIN_BOOTSTRAPPED", id, name));
        return id;
    }

    /** Whether any account exists (an empty installation needs its first administrator). */
    @Transactional(readOnly = true)
    public boolean hasAccounts() {
        return users.count(null) > 0;
    }

    /** Creates an account without a password and returns its one-time set-password link. Administrators only. */
    public Invitation createUser(NewUser input) {
        Actor admin = guard.requireAdmin();
        String username = TextRules.username("username", input.username());
        String displayName = TextRules.requiredLine("displayName", input.displayName(), 200);
        String email = TextRules.email("email", input.email());
        String locale = SupportedLocales.isSupported(input.locale()) ? input.locale() : "en";
        if (users.usernameTaken(username)) {
            throw new InvalidInputException("username", "validation.username-taken");
        }
        long id = users.insert(new NewUser(username, displayName, email, locale, input.platformAdmin()), now());
        events.publishEvent(new UserAccountChanged(admin.id(), admin.username(), "USER_CREATED", id,
                username + (input.platformAdmin() ? " (platform administrator)" : "")));
        return issueInvitation(admin, id, username);
    }

    /** A fresh set-password link (the earlier unused one stops working). Administrators only. */
    public Invitation reinvite(long userId) {
        Actor admin = guard.requireAdmin();
        UserAccount account = users.find(userId).orElseThrow(() -> new NotFoundException("User"));
        return issueInvitation(admin, userId, account.username());
    }

    public void deactivate(long userId, int expectedVersion) {
        Actor admin = guard.requireAdmin();
        if (admin.id() == userId) {
            throw new InvalidInputException("active", "account.cannot-deactivate-self");
        }
        setActive(admin, userId, false, expectedVersion);
        sessions.endAllSessions(userId);
    }

    public void reactivate(long userId, int expectedVersion) {
        setActive(guard.requireAdmin(), userId, true, expectedVersion);
    }

    @Transactional(readOnly = true)
    public List<UserAccount> listUsers(String filter, int offset, int limit) {
        guard.requireAdmin();
        return users.page(filter, offset, limit);
    }

    @Transactional(readOnly = true)
    public int countUsers(String filter) {
        guard.requireAdmin();
        return users.count(filter);
    }

    /** The username a valid, unused, unexpired link is for; empty for any other token. No sign-in needed. */
    @Transactional(readOnly = true)
    public Optional<String> invitationFor(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return users.findInvitation(hash(token))
                .filter(inv -> UserRepository.usable(inv, now()))
                .flatMap(inv -> users.find(inv.getUserId()))
                .filter(UserAccount::active)
                .map(UserAccount::username);
    }

    /** Sets the password through a one-time link; the link cannot be used again. */
    public void setPasswordWithInvitation(String token, String password) {
        if (token == null || token.length() > 100) {
            throw new InvalidInputException("token", "account.invitation-invalid");
        }
        var invitation = users.lockInvitation(hash(token))
                .filter(inv -> UserRepository.usable(inv, now()))
                .orElseThrow(() -> new InvalidInputException("token", "account.invitation-invalid"));
        UserAccount account = users.find(invitation.getUserId()).filter(UserAccount::active)
                .orElseThrow(() -> new InvalidInputException("token", "account.invitation-invalid"));
        policy.check("password", password, account.username());
        users.setPassword(account.id(), encoder.encode(password), now());
        users.markUsed(invitation.getId(), now());
        // A reset: whoever was signed in with the old password is signed out everywhere.
        sessions.endAllSessions(account.id());
        events.publishEvent(new UserAccountChanged(account.id(), account.username(), "PASSWORD_SET", account.id(),
                "through a set-password link; every session ended"));
    }

    public void changePassword(String currentPassword, String newPassword) {
        Actor me = guard.requireActor();
        String hash = users.passwordHash(me.id()).orElse(null);
        if (currentPassword == null || hash == null || !encoder.matches(currentPassword, hash)) {
            throw new InvalidInputException("currentPassword", "password.current-wrong");
        }
        policy.check("newPassword", newPassword, me.username());
        if (encoder.matches(newPassword, hash)) {
            throw new InvalidInputException("newPassword", "password.same-as-current");
        }
        users.setPassword(me.id(), encoder.encode(newPassword), now());
        // Someone who knew the old password may still be signed in elsewhere; this tab stays signed in.
        sessions.endOtherSessions(me.id());
        events.publishEvent(new UserAccountChanged(me.id(), me.username(), "PASSWORD_CHANGED", me.id(),
                "by the user; other sessions ended"));
    }

    /**
     * Takes back the person's unused set-password link, so it no longer works. Refused when there is none.
     * Administrators only.
     */
    public void revokeInvitation(long userId) {
        Actor admin = guard.requireAdmin();
        UserAccount account = users.find(userId).orElseThrow(() -> new NotFoundException("User"));
        if (users.revokeOutstanding(userId, admin.id(), now()) == 0) {
            throw new InvalidInputException("invitation", "account.no-outstanding-link", account.username());
        }
        events.publishEvent(new UserAccountChanged(admin.id(), admin.username(), "INVITATION_REVOKED", userId,
                account.username()));
    }

    /** When the person's unused set-password link expires; empty when there is none. Administrators only. */
    @Transactional(readOnly = true)
    public Optional<OffsetDateTime> outstandingInvitation(long userId) {
        guard.requireAdmin();
        return users.outstandingInvitationExpiry(userId, now());
    }

    /**
     * Signs the person out everywhere (for a lost laptop or a shared computer); they can sign in again. The
     * administrator ending their own sessions keeps the one they are using. Administrators only.
     */
    public void endSessions(long userId) {
        Actor admin = guard.requireAdmin();
        UserAccount account = users.find(userId).orElseThrow(() -> new NotFoundException("User"));
        if (admin.id() == userId) {
            sessions.endOtherSessions(userId);
        } else {
            sessions.endAllSessions(userId);
        }
        events.publishEvent(new UserAccountChanged(admin.id(), admin.username(), "SESSIONS_ENDED", userId,
                account.username()));
    }

    @Transactional(readOnly = true)
    public UserAccount myAccount() {
        return users.find(guard.requireActor().id()).orElseThrow(() -> new NotFoundException("User"));
    }

    public UserAccount updateMyProfile(String displayName, String email, String locale, int expectedVersion) {
        Actor me = guard.requireActor();
        String name = TextRules.requiredLine("displayName", displayName, 200);
        String mail = TextRules.email("email", email);
        if (!SupportedLocales.isSupported(locale)) {
            throw new InvalidInputException("locale", "validation.required");
        }
        if (!users.updateProfile(me.id(), name, mail, locale, expectedVersion)) {
            throw new ConcurrentChangeException("Profile");
        }
        events.publishEvent(new UserAccountChanged(me.id(), me.username(), "PROFILE_CHANGED", me.id(), "language " + locale));
        return myAccount();
    }

    /** The signed-in person's language, for setting up a new browser tab. */
    @Transactional(readOnly = true)
    public String myLocale() {
        return users.locale(guard.requireActor().id());
    }

    private void setActive(Actor admin, long userId, boolean active, int expectedVersion) {
        UserAccount account = users.find(userId).orElseThrow(() -> new NotFoundException("User"));
        if (!users.setActive(userId, active, expectedVersion)) {
            throw new ConcurrentChangeException("User");
        }
        events.publishEvent(new UserAccountChanged(admin.id(), admin.username(),
                active ? "USER_REACTIVATED" : "USER_DEACTIVATED", userId, account.username()));
    }

    Invitation issueInvitation(Actor admin, long userId, String username) {
        String token = Secrets.token(32);
        OffsetDateTime expiresAt = now().plus(invitationValidity);
        users.insertInvitation(userId, hash(token), admin.id(), now(), expiresAt);
        events.publishEvent(new UserAccountChanged(admin.id(), admin.username(), "INVITATION_ISSUED", userId,
                username + ", expires " + expiresAt));
        return new Invitation(userId, username, token, expiresAt);
    }

    private OffsetDateTime now() {
        // Microseconds: what both databases store, so a time read back compares equal to the one written.
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    static String hash(String token) {
        return Secrets.sha256Hex(token);
    }
}
