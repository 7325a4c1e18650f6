package org.councilworkspace.meeting;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.councilworkspace.base.ConcurrentChangeException;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.base.TextRules;
import org.councilworkspace.council.Council;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.security.AccessGuard;
import org.councilworkspace.security.Actor;
import org.councilworkspace.security.CouncilAction;
import org.councilworkspace.security.CouncilMember;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agenda templates a meeting starts from: the built-in orders of business, which a council edits into its own
 * copy, and templates a council makes itself. Only those who run the council's meetings see and change them.
 */
@Service
@Transactional
public class AgendaTemplateService {

    static final int MAX_ITEMS = 40;

    private final AgendaTemplateRepository templates;
    private final AccessGuard guard;
    private final CouncilService councils;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AgendaTemplateService(AgendaTemplateRepository templates, AccessGuard guard, CouncilService councils,
                          ApplicationEventPublisher events, Clock clock) {
        this.templates = templates;
        this.guard = guard;
        this.councils = councils;
        this.events = events;
        this.clock = clock;
    }

    /** The built-in templates (each replaced by the council's copy if it has one), then the council's own. */
    @Transactional(readOnly = true)
    public List<AgendaTemplate> templates(long councilId) {
        guard.require(councilId, CouncilAction.MANAGE_MEETINGS);
        Council council = councils.council(councilId);
        List<AgendaTemplate> stored = templates.ofCouncil(councilId);
        List<AgendaTemplate> all = new ArrayList<>();
        for (BuiltinTemplate builtin : BuiltinTemplate.values()) {
            all.add(stored.stream().filter(t -> t.builtin() == builtin).findFirst()
                    .orElseGet(() -> new AgendaTemplate(null, builtin, null, builtin.items(council.documentLocale()), 0)));
        }
        stored.stream().filter(t -> t.builtin() == null).forEach(all::add);
        return all;
    }

    /** The template a new meeting of this council starts from, by its document language and kind. */
    @Transactional(readOnly = true)
    public AgendaTemplate defaultTemplate(long councilId) {
        Council council = councils.council(councilId);
        BuiltinTemplate builtin = BuiltinTemplate.defaultFor(council.kind(), council.documentLanguage());
        return templates(councilId).stream().filter(t -> t.builtin() == builtin).findFirst().orElseThrow();
    }

    /**
     * Saves a template: editing a built-in one makes (or changes) the council's copy of it, a template without id or
     * built-in is a new one of the council's own. Returns the stored template's id.
     */
    public long save(long councilId, AgendaTemplate edited) {
        CouncilMember me = guard.require(councilId, CouncilAction.MANAGE_MEETINGS);
        List<TemplateItem> items = validItems(edited.items());
        String name = edited.builtin() != null ? null : TextRules.requiredLine("name", edited.name(), 200);
        long id;
        if (edited.id() != null) {
            AgendaTemplate existing = templates.find(councilId, edited.id())
                    .orElseThrow(() -> new NotFoundException("Agenda template"));
            id = existing.id();
            if (!templates.update(id, existing.builtin() == null ? name : null, false, edited.version(),
                    me.actor().id(), now())) {
                throw new ConcurrentChangeException("Agenda template");
            }
        } else if (edited.builtin() != null) {
            Optional<AgendaTemplateRepository.BuiltinRow> row = templates.builtinRow(councilId, edited.builtin());
            if (row.isPresent() && !row.get().removed()) {
                throw new ConcurrentChangeException("Agenda template");
            }
            id = row.isPresent() ? revive(row.get(), me) : templates.insert(councilId, edited.builtin(), null,
                    me.actor().id(), now());
        } else {
            id = templates.insert(councilId, null, name, me.actor().id(), now());
        }
        templates.replaceItems(id, items);
        publish(me.actor(), councilId, "AGENDA_TEMPLATE_SAVED", id, (edited.builtin() == null ? name
                : edited.builtin().name()) + ", " + items.size() + " item(s)");
        return id;
    }

    /** Removes one of the council's own templates, or its copy of a built-in (which then applies again). */
    public void remove(long councilId, long templateId, int expectedVersion) {
        CouncilMember me = guard.require(councilId, CouncilAction.MANAGE_MEETINGS);
        AgendaTemplate existing = templates.find(councilId, templateId)
                .orElseThrow(() -> new NotFoundException("Agenda template"));
        if (!templates.update(templateId, existing.name(), true, expectedVersion, me.actor().id(), now())) {
            throw new ConcurrentChangeException("Agenda template");
        }
        publish(me.actor(), councilId, "AGENDA_TEMPLATE_REMOVED", templateId,
                existing.builtin() == null ? existing.name() : existing.builtin().name() + " (back to the built-in)");
    }

    /**
     * The items a new meeting gets from the chosen template, as the council has it now (not as the caller sent it):
     * nobody fills an agenda from another council's template or from one edited in the form.
     */
    List<TemplateItem> itemsFor(long councilId, AgendaTemplate chosen) {
        return templates(councilId).stream().filter(t -> t.sameAs(chosen)).findFirst()
                .orElseThrow(() -> new InvalidInputException("template", "meeting.template-unknown")).items();
    }

    private long revive(AgendaTemplateRepository.BuiltinRow row, CouncilMember me) {
        if (!templates.update(row.id(), null, false, row.version(), me.actor().id(), now())) {
            throw new ConcurrentChangeException("Agenda template");
        }
        return row.id();
    }

    private static List<TemplateItem> validItems(List<TemplateItem> items) {
        if (items == null || items.isEmpty()) {
            throw new InvalidInputException("items", "meeting.template-no-items");
        }
        if (items.size() > MAX_ITEMS) {
            throw new InvalidInputException("items", "meeting.template-too-many", MAX_ITEMS);
        }
        List<TemplateItem> valid = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            TemplateItem item = items.get(i);
            String title = TextRules.requiredLine("title-" + i, item.title(), 300);
            if (item.minutesAllotted() == null || item.minutesAllotted() < 1 || item.minutesAllotted() > 1440) {
                throw new InvalidInputException("minutes-" + i, "validation.range", 1, 1440);
            }
            if (item.purpose() == null) {
                throw new InvalidInputException("purpose-" + i, "validation.required");
            }
            valid.add(new TemplateItem(title, item.minutesAllotted(), item.purpose()));
        }
        return valid;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private void publish(Actor actor, long councilId, String action, long templateId, String summary) {
        events.publishEvent(new MeetingChanged(actor.id(), actor.username(), councilId, action, "AGENDA_TEMPLATE",
                Long.toString(templateId), summary));
    }
}
