package org.councilworkspace.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.councilworkspace.council.ui.CouncilRoutes;
import org.councilworkspace.council.ui.CouncilTabs;
import org.councilworkspace.meeting.AgendaPurpose;
import org.councilworkspace.meeting.AgendaTemplate;
import org.councilworkspace.meeting.AgendaTemplateService;
import org.councilworkspace.meeting.TemplateItem;

/**
 * The council's agenda templates, for those who run its meetings: pick one (a built-in order of business or one of
 * the council's own) and edit its items, or start a new one. The service refuses everyone else.
 */
@Route("councils/:councilId(\\d+)/meetings/templates")
@PermitAll
public class AgendaTemplatesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AgendaTemplateService templates;
    private final CouncilTabs tabs;
    private final Div editor = new Div();
    private long councilId;

    public AgendaTemplatesView(AgendaTemplateService templates, CouncilTabs tabs) {
        this.templates = templates;
        this.tabs = tabs;
        addClassName("cw-page");
        editor.setId("template-editor");
        editor.setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        councilId = CouncilRoutes.councilId(event);
        show(null);
    }

    /** Shows the templates with {@code selected} (or the council's usual one) open in the editor. */
    private void show(AgendaTemplate selected) {
        List<AgendaTemplate> all = templates.templates(councilId);
        // The one a new meeting starts from, as the meeting form chooses it: a Japanese council first sees its
        // 議事次第, not the Thai order of business that happens to be listed first.
        AgendaTemplate shown = selected != null ? selected : templates.defaultTemplate(councilId);
        removeAll();
        add(tabs.create(councilId, MeetingPaths.meetings(councilId)),
                new Anchor(MeetingPaths.meetings(councilId), "← " + getTranslation("meeting.templates.back")),
                new H1(getTranslation("meeting.templates.title")),
                new Paragraph(getTranslation("meeting.templates.intro")));
        Select<AgendaTemplate> choice = new Select<>();
        choice.setId("template-choice");
        choice.setLabel(getTranslation("meeting.templates.choose"));
        choice.setItems(all);
        choice.setItemLabelGenerator(TemplateLabels::name);
        // Wide enough for a built-in template's whole name, and never wider than a phone.
        choice.setWidth("min(100%, 28em)");
        choice.setValue(all.stream().filter(t -> t.sameAs(shown)).findFirst().orElse(all.get(0)));
        choice.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                edit(e.getValue());
            }
        });
        Button create = new Button(getTranslation("meeting.templates.new"), VaadinIcon.PLUS.create(), e -> edit(
                new AgendaTemplate(null, null, "", List.of(new TemplateItem("", 15, AgendaPurpose.DISCUSSION)), 0)));
        create.setId("new-template");
        HorizontalLayout top = new HorizontalLayout(choice, create);
        top.setAlignItems(Alignment.BASELINE);
        add(top, editor);
        edit(choice.getValue());
    }

    private void edit(AgendaTemplate template) {
        editor.removeAll();
        editor.add(new TemplateEditor(templates, councilId, template, this::show));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meeting.templates.title") + " · " + getTranslation("app.name");
    }
}
