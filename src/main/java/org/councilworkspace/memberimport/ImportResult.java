package org.councilworkspace.memberimport;

import java.util.List;
import org.councilworkspace.account.Invitation;

/**
 * What an import stored: members added (new accounts among them), lines skipped, invitations sent by e-mail, and the
 * set-password links to hand over in person when the site sends no e-mail.
 */
public record ImportResult(int added, int newAccounts, int skipped, int emailed, List<HandOver> toHandOver) {

    /** A new member's set-password link that no e-mail carried. */
    public record HandOver(String name, String email, Invitation invitation) {
    }
}
