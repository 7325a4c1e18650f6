package org.councilworkspace.memberimport;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.councilworkspace.account.AccountInvitations;
import org.councilworkspace.account.Invitation;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.Messages;
import org.councilworkspace.base.SupportedLocales;
import org.councilworkspace.council.Council;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.council.Member;
import org.councilworkspace.council.NewMembership;
import org.councilworkspace.council.OrganizationType;
import org.councilworkspace.council.StakeholderGroup;
import org.councilworkspace.notification.EmailDelivery;
import org.councilworkspace.security.CouncilRole;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Imports a council's members from a file. Whoever manages the council's members may import, and only roles they may
 * give themselves (a secretariat never makes anyone chair or vice-chair): {@link CouncilService} applies the same
 * ceiling again to every membership. The import is all or nothing; invitations go out only once it is stored.
 */
@Service
@Transactional
public class MemberImportService {

    private final CouncilService councils;
    private final AccountInvitations accounts;
    private final EmailDelivery mail;
    private final String publicUrl;

    MemberImportService(CouncilService councils, AccountInvitations accounts, EmailDelivery mail,
                        @Value("${council.public-url:http://localhost:8080}") String publicUrl) {
        this.councils = councils;
        this.accounts = accounts;
        this.mail = mail;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }

    /** Every line of the file with its problems; stores nothing. */
    @Transactional(readOnly = true)
    public ImportPreview preview(long councilId, String fileName, byte[] content) {
        return new ImportPreview(MemberLines.check(MemberFile.read(fileName, content), context(councilId)));
    }

    /** What a line is checked against: the roles the signed-in person may give, accounts and current members. */
    private MemberLines.Context context(long councilId) {
        Set<CouncilRole> grantable = councils.grantableRoles(councilId);
        Set<Long> members = councils.currentMembers(councilId).stream().map(Member::userId).collect(Collectors.toSet());
        return new MemberLines.Context(grantable, email -> accounts.accountsWithEmail(councilId, email), members);
    }

    /** The form field a line problem belongs to: the key's last word, the address for the account problems. */
    private static String field(String problemKey) {
        String word = problemKey.substring(problemKey.lastIndexOf('.') + 1);
        return switch (word) {
            case "name", "affiliation", "group", "role", "language" -> word;
            default -> "email";
        };
    }

    private static String nz(String value) {
        return value == null ? "" : value.trim();
    }

    /**
     * Imports the file's members. A file with problems is refused unless {@code skipLinesWithProblems}, and then
     * those lines are left out. People without an account get one and a set-password link, e-mailed after the
     * import is stored when the site sends e-mail, otherwise returned to be handed over.
     */
    public ImportResult importMembers(long councilId, String fileName, byte[] content, boolean skipLinesWithProblems) {
        ImportPreview preview = preview(councilId, fileName, content);
        if (preview.withProblems() > 0 && !skipLinesWithProblems) {
            throw new InvalidInputException("file", "members.import.has-problems", preview.withProblems());
        }
        if (preview.importable() == 0) {
            throw new InvalidInputException("file", "members.import.nothing-to-import");
        }
        return store(councilId, preview.lines(), (int) preview.withProblems());
    }

    /**
     * Invites one person by e-mail, with the same checks as a line of a member file: a role within the inviter's
     * ceiling (a secretariat never makes anyone chair or vice-chair: refused as access denied), a valid address not
     * yet a member here. Someone without an account gets one and an e-mail with an expiring set-password link, sent
     * once the membership is stored; when the site sends no e-mail, the link is returned to be handed over.
     */
    public ImportResult inviteMember(long councilId, NewInvitee invitee) {
        MemberLines.Context context = context(councilId);
        if (invitee.role() != null && !context.grantable().contains(invitee.role())) {
            throw new AccessDeniedException("May not grant " + invitee.role());
        }
        List<MemberFile.Row> rows = List.of(new MemberFile.Row(1, MemberLines.COLUMNS), new MemberFile.Row(2,
                java.util.Arrays.asList(nz(invitee.name()), nz(invitee.email()), nz(invitee.affiliation()),
                        invitee.group() == null ? "" : invitee.group().name(),
                        invitee.role() == null ? "" : invitee.role().name(), nz(invitee.language()))));
        ImportLine line = MemberLines.check(rows, context).get(0);
        if (!line.importable()) {
            LineProblem first = line.problems().get(0);
            throw new InvalidInputException(field(first.messageKey()), first.messageKey(), first.value());
        }
        return store(councilId, List.of(line), 0);
    }

    private ImportResult store(long councilId, List<ImportLine> lines, int skipped) {
        Council council = councils.council(councilId);
        List<ImportResult.HandOver> invited = new ArrayList<>();
        List<Runnable> sends = new ArrayList<>();
        int added = 0;
        for (ImportLine line : lines) {
            if (!line.importable()) {
                continue;
            }
            long userId;
            if (line.existingAccount()) {
                userId = accounts.accountsWithEmail(councilId, line.email()).get(0).id();
            } else {
                Invitation invitation = accounts.createInvitedAccount(councilId, line.name(), line.email(),
                        line.language());
                userId = invitation.userId();
                ImportResult.HandOver handOver = new ImportResult.HandOver(line.name(), line.email(), invitation);
                invited.add(handOver);
                sends.add(() -> send(council, handOver, line.language()));
            }
            councils.addMember(councilId, new NewMembership(userId, line.role(), line.group(), line.affiliation(),
                    organizationType(line.group())));
            added++;
        }
        boolean emailing = mail.available();
        if (emailing) {
            afterCommit(() -> sends.forEach(Runnable::run));
        }
        return new ImportResult(added, invited.size(), skipped, emailing ? invited.size() : 0,
                emailing ? List.of() : invited);
    }

    /** The organization type a member file does not carry, from the stakeholder group; editable afterwards. */
    static OrganizationType organizationType(StakeholderGroup group) {
        return switch (group) {
            case MINISTRY -> OrganizationType.GOVERNMENT;
            case BUSINESS -> OrganizationType.FIRM;
            case EXPERT -> OrganizationType.ACADEMIA;
            case CIVIL_SOCIETY -> OrganizationType.NGO;
        };
    }

    /** The invitation in the invited person's language: who invites them to what, and the link with its expiry. */
    private void send(Council council, ImportResult.HandOver h, String language) {
        Locale locale = SupportedLocales.of(language);
        String expires = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(h.invitation().expiresAt().atZoneSameInstant(ZoneOffset.UTC)) + " UTC";
        String body = Messages.get("members.import.mail-body", locale, h.name(), council.name(),
                publicUrl + h.invitation().path(), expires, h.invitation().username());
        mail.sendCopy(h.email(), Messages.get("members.import.mail-subject", locale, council.name()), body);
    }

    private static void afterCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }
}
