package org.councilworkspace.council.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.councilworkspace.base.ui.Formats;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.council.Council;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.council.Member;
import org.councilworkspace.council.StakeholderGroup;
import org.councilworkspace.security.AccessGuard;
import org.councilworkspace.security.CouncilAction;
import org.councilworkspace.security.CouncilMember;

/** A council's home: its mandate, kind, term and rule, my role, and its members by stakeholder group. */
@Route("councils/:councilId(\\d+)")
@PermitAll
public class CouncilHomeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CouncilService councils;
    private final AccessGuard guard;
    private final CouncilTabs tabs;
    private String title = "";

    public CouncilHomeView(CouncilService councils, AccessGuard guard, CouncilTabs tabs) {
        this.councils = councils;
        this.guard = guard;
        this.tabs = tabs;
        addClassName("cw-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long councilId = CouncilRoutes.councilId(event);
        Council council = councils.council(councilId);
        CouncilMember me = guard.require(councilId, CouncilAction.READ);
        title = council.name();
        removeAll();
        add(header(council, me), details(council), members(councils.currentMembers(councilId)));
    }

    private VerticalLayout header(Council council, CouncilMember me) {
        H1 name = new H1(council.name());
        name.setId("council-name");
        Span kind = new Span(Translations.label(council.kind()));
        kind.addClassName("cw-muted");
        HorizontalLayout meta = new HorizontalLayout(kind, new Span(getTranslation("council.my-role")),
                CouncilBadges.role(me.role()));
        meta.setAlignItems(Alignment.BASELINE);
        meta.setId("my-role");
        HorizontalLayout actions = new HorizontalLayout();
        if (me.may(CouncilAction.MANAGE_MEMBERS)) {
            Button edit = new Button(getTranslation("council.edit"), VaadinIcon.EDIT.create(),
                    e -> CouncilFormDialog.edit(councils, council.id(), () -> getUI().ifPresent(ui -> ui.getPage().reload())));
            edit.setId("edit-council");
            actions.add(edit);
        }
        actions.setAlignItems(Alignment.BASELINE);
        VerticalLayout header = new VerticalLayout(tabs.create(council.id(), CouncilPaths.home(council.id())), name,
                meta, actions);
        tabs.observerNotice(council.id()).ifPresent(header::add);
        header.setPadding(false);
        return header;
    }

    private Div details(Council council) {
        Paragraph mandate = new Paragraph(council.mandate());
        mandate.addClassName("cw-mandate");
        mandate.setId("council-mandate");
        DescriptionList facts = new DescriptionList();
        fact(facts, "council.term", Formats.term(council.termStart(), council.termEnd(), council.calendar()));
        if (council.parentName() != null) {
            fact(facts, "council.parent", council.parentName());
        }
        fact(facts, "council.rule", ruleText(council));
        fact(facts, "council.quorum", getTranslation("percent", council.quorumPercent()));
        fact(facts, "council.members-may-edit",
                getTranslation(council.membersMayEdit() ? "answer.yes" : "answer.no"));
        fact(facts, "council.document-language",
                council.documentLocale().getDisplayLanguage(council.documentLocale()));
        fact(facts, "council.calendar", Translations.label(council.calendar()));
        Div details = new Div(new H2(getTranslation("council.mandate")), mandate, facts);
        details.addClassName("cw-council-details");
        return details;
    }

    private String ruleText(Council council) {
        String rule = Translations.label(council.consensusRule());
        return council.consensusRule() == org.councilworkspace.council.ConsensusRule.QUALIFIED_MAJORITY
                ? rule + " (" + getTranslation("percent", council.majorityPercent()) + ")" : rule;
    }

    private void fact(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    private Div members(List<Member> members) {
        Div section = new Div(new H2(getTranslation("council.members-by-group", members.size())));
        section.setId("members-by-group");
        Map<StakeholderGroup, List<Member>> byGroup = members.stream()
                .collect(Collectors.groupingBy(Member::group));
        Div groups = new Div();
        groups.addClassName("cw-groups");
        for (StakeholderGroup group : StakeholderGroup.values()) {
            List<Member> inGroup = byGroup.getOrDefault(group, List.of());
            if (inGroup.isEmpty()) {
                continue;
            }
            UnorderedList list = new UnorderedList();
            for (Member m : inGroup) {
                ListItem item = new ListItem(new Span(m.displayName()), CouncilBadges.role(m.role()));
                Span org = new Span(m.organizationName());
                org.addClassName("cw-muted");
                item.add(org);
                list.add(item);
            }
            Div box = new Div(new H3(Translations.label(group) + " (" + inGroup.size() + ")"), list);
            box.addClassName("cw-group");
            groups.add(box);
        }
        section.add(groups);
        return section;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
