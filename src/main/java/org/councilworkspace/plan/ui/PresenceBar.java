package org.councilworkspace.plan.ui;

import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.councilworkspace.plan.Presence;

/** Who else has this section open, with "editing" spelled out rather than shown by colour alone. */
class PresenceBar extends Div {

    private final Span names = new Span();
    private AvatarGroup avatars;

    PresenceBar() {
        addClassName("cw-presence");
        setId("presence");
        names.getElement().setAttribute("aria-live", "polite");
        add(names);
    }

    void show(List<Presence> others) {
        // One entry per person, editing wins over viewing when they have several tabs open.
        Map<Long, Presence> byPerson = others.stream().collect(Collectors.toMap(Presence::userId, Function.identity(),
                (a, b) -> a.editing() ? a : b));
        List<Presence> people = byPerson.values().stream().sorted(Comparator.comparing(Presence::displayName)).toList();
        if (avatars == null && !people.isEmpty()) {
            // Made when someone else first turns up: most of the time a section has one reader.
            avatars = new AvatarGroup();
            avatars.setMaxItemsVisible(5);
            addComponentAsFirst(avatars);
        }
        if (avatars != null) {
            avatars.setItems(people.stream().map(p -> new AvatarGroup.AvatarGroupItem(p.displayName())).toList());
        }
        names.setText(people.isEmpty() ? "" : getTranslation("presence.here", people.stream()
                .map(p -> p.displayName() + (p.editing() ? " (" + getTranslation("presence.editing") + ")" : ""))
                .collect(Collectors.joining(", "))));
        setVisible(!people.isEmpty());
    }
}
