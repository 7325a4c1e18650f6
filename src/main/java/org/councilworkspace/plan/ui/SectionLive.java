package org.councilworkspace.plan.ui;

import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.councilworkspace.base.ui.UiBatcher;
import org.councilworkspace.base.ui.UserPreferences;
import org.councilworkspace.plan.Presence;
import org.councilworkspace.plan.SectionActivity;
import org.councilworkspace.plan.SectionListener;
import org.councilworkspace.plan.SectionRevised;
import org.councilworkspace.security.CurrentUser;

/**
 * What others do in the section a page shows: who else is there (and whether they are editing), and their saves.
 * News arrives on other threads; it is kept here and shown through {@link UiBatcher}, at most every 300 ms.
 */
final class SectionLive {

    private final SectionActivity activity;
    private final CurrentUser currentUser;
    private final UserPreferences preferences;
    private final PresenceBar presence;
    private final PresenceSweep sweep;
    private final AtomicReference<SectionRevised> lastRevision = new AtomicReference<>();
    private final AtomicReference<List<Presence>> lastPresence = new AtomicReference<>(List.of());
    /** How this page is announced now: the sweep announces it again when its connection comes back. */
    private final AtomicReference<Presence> announced = new AtomicReference<>();
    private Runnable unsubscribe;
    private Runnable unwatch;
    private String presenceKey;
    private long sectionId;
    private long me;

    SectionLive(SectionActivity activity, CurrentUser currentUser, UserPreferences preferences, PresenceBar presence,
                PresenceSweep sweep) {
        this.activity = activity;
        this.sweep = sweep;
        this.currentUser = currentUser;
        this.preferences = preferences;
        this.presence = presence;
    }

    boolean listensTo(long section) {
        return unsubscribe != null && sectionId == section;
    }

    boolean listening() {
        return unsubscribe != null;
    }

    /** Starts listening to the section; {@code othersSaved} runs in the UI when someone else saved it. */
    void start(UI ui, long section, Runnable othersSaved) {
        sectionId = section;
        me = currentUser.requireId();
        presenceKey = ui.getSession().getSession().getId() + "/" + ui.getUIId();
        UiBatcher revisions = new UiBatcher(ui, 300, othersSaved);
        UiBatcher people = new UiBatcher(ui, 300, () -> presence.show(others(lastPresence.get())));
        unsubscribe = activity.subscribe(section, new SectionListener() {
            @Override
            public void revised(SectionRevised e) {
                if (e.actorId() != null && e.actorId() != me) {
                    lastRevision.set(e);
                    revisions.request();
                }
            }

            @Override
            public void presenceChanged(List<Presence> present) {
                lastPresence.set(present);
                people.request();
            }
        });
        announce(new Presence(presenceKey, me, preferences.displayName().orElse(""), false));
        String key = presenceKey;
        unwatch = sweep.watch(ui, key, () -> activity.leave(section, key),
                () -> activity.enter(section, announced.get()));
        presence.show(others(activity.present(section)));
    }

    void stop() {
        if (unsubscribe != null) {
            // The sweep first, so that it cannot announce the page again after it has left.
            unwatch.run();
            unwatch = null;
            unsubscribe.run();
            unsubscribe = null;
            activity.leave(sectionId, presenceKey);
        }
    }

    /** Tells the others whether this page is now editing the section. */
    void editing(boolean editing) {
        if (unsubscribe != null) {
            announce(new Presence(presenceKey, currentUser.requireId(), preferences.displayName().orElse(""), editing));
        }
    }

    private void announce(Presence now) {
        announced.set(now);
        activity.enter(sectionId, now);
    }

    /** The latest save by someone else, or null. */
    SectionRevised lastRevision() {
        return lastRevision.get();
    }

    private List<Presence> others(List<Presence> present) {
        // Not myself in another tab either: after a reload the old page may linger, and nobody needs to be told
        // that they are here.
        return present.stream().filter(p -> !p.key().equals(presenceKey) && p.userId() != me).toList();
    }
}
