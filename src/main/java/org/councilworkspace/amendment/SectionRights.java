package org.councilworkspace.amendment;

/** What the signed-in person may do with a section's amendments: propose, support or oppose, decide. */
public record SectionRights(long myId, boolean mayPropose, boolean mayOpine, boolean mayDecide) {

    public boolean mayUpdate(Amendment a) {
        return mayPropose && a.proposerId() == myId && a.state().undecided();
    }

    public boolean mayOpineOn(Amendment a) {
        return mayOpine && a.proposerId() != myId && a.state().undecided();
    }

    public boolean mayDecideOn(Amendment a) {
        return mayDecide && a.state().undecided();
    }
}
