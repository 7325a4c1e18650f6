package org.councilworkspace.meeting;

import java.util.List;

/**
 * An agenda template as a council sees it: a built-in one (id null), the council's copy of a built-in one (both
 * set), or one of its own (builtin null, with a name).
 */
public record AgendaTemplate(Long id, BuiltinTemplate builtin, String name, List<TemplateItem> items, int version) {

    /** The same template whatever was edited in it: the built-in it stands for, or the council's own id. */
    public boolean sameAs(AgendaTemplate other) {
        return other != null && (builtin != null ? builtin == other.builtin()
                : id != null && id.equals(other.id()));
    }
}
