package org.councilworkspace.plan;

import java.util.List;

/** What an open section page hears about: new revisions by others and who else is there. */
public interface SectionListener {

    void revised(SectionRevised event);

    void presenceChanged(List<Presence> present);
}
