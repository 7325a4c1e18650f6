package org.councilworkspace.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.councilworkspace.base.ConcurrentChangeException;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.ui.FieldErrors;
import org.councilworkspace.base.ui.FinalAction;
import org.councilworkspace.base.ui.Formats;
import org.councilworkspace.base.ui.Notifications;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.council.Member;
import org.councilworkspace.plan.LeadTerm;
import org.councilworkspace.plan.OutlineMove;
import org.councilworkspace.plan.OutlineNode;
import org.councilworkspace.plan.OutlineService;
import org.councilworkspace.plan.SectionState;

/** The menu of one outline row for the chair and secretariat: rename, add, move, leads, state, archive. */
final class OutlineActions {

    private final OutlineService outline;
    private final long planId;
    private final Runnable refresh;

    OutlineActions(OutlineService outline, long planId, Runnable refresh) {
        this.outline = outline;
        this.planId = planId;
        this.refresh = refresh;
    }

    MenuBar menu(OutlineNode node) {
        MenuBar bar = new MenuBar();
        bar.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_ICON);
        var root = bar.addItem(VaadinIcon.ELLIPSIS_DOTS_H.create());
        root.getElement().setAttribute("aria-label", bar.getTranslation("outline.actions", node.numberedTitle()));
        SubMenu sub = root.getSubMenu();
        if (node.archived()) {
            sub.addItem(bar.getTranslation("outline.restore"), e -> apply(() -> outline.restore(node.sectionId())));
            return bar;
        }
        sub.addItem(bar.getTranslation("outline.rename"), e -> titleDialog(bar.getTranslation("outline.rename"),
                node.title(), title -> outline.rename(node.sectionId(), title, node.version())));
        if (node.depth() < 3) {
            sub.addItem(bar.getTranslation("outline.add-sub"), e -> titleDialog(bar.getTranslation("outline.add-sub"), "",
                    title -> outline.addSection(planId, node.sectionId(), title)));
        }
        SubMenu move = sub.addItem(bar.getTranslation("outline.move")).getSubMenu();
        for (OutlineMove m : OutlineMove.values()) {
            move.addItem(Translations.label(m), e -> apply(() -> outline.move(node.sectionId(), m)));
        }
        sub.addItem(bar.getTranslation("outline.leads"), e -> leadsDialog(node));
        SubMenu state = sub.addItem(bar.getTranslation("outline.state")).getSubMenu();
        for (SectionState s : SectionState.values()) {
            state.addItem(Translations.label(s), e -> apply(() -> outline.setState(node.sectionId(), s)));
        }
        sub.addItem(bar.getTranslation("outline.archive"), e -> confirmArchive(node));
        return bar;
    }

    void titleDialog(String heading, String initial, Consumer<String> save) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(heading);
        TextField title = new TextField(dialog.getTranslation("outline.section-title"));
        title.setId("section-title-field");
        title.setMaxLength(300);
        title.setWidth("min(30rem, 80vw)");
        title.setValue(initial);
        dialog.add(title);
        FieldErrors errors = new FieldErrors().bind("title", title);
        Button ok = new Button(dialog.getTranslation("action.save"), e -> {
            try {
                if (errors.run(() -> save.accept(title.getValue()))) {
                    dialog.close();
                    refresh.run();
                }
            } catch (ConcurrentChangeException ex) {
                Notifications.error(dialog.getTranslation("error.concurrent-change"));
                dialog.close();
                refresh.run();
            }
        });
        ok.setId("section-title-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(dialog.getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.open();
        title.focus();
    }

    private void leadsDialog(OutlineNode node) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(dialog.getTranslation("outline.leads") + ": " + node.numberedTitle());
        MultiSelectComboBox<Member> leads = new MultiSelectComboBox<>(dialog.getTranslation("outline.leads"));
        leads.setWidth("min(30rem, 80vw)");
        leads.setItems(outline.leadCandidates(planId));
        leads.setItemLabelGenerator(m -> m.displayName() + " (" + m.organizationName() + ")");
        Set<Long> current = node.leads().stream().map(l -> l.userId()).collect(Collectors.toSet());
        leads.select(leads.getListDataView().getItems().filter(m -> current.contains(m.userId())).toList());
        dialog.add(leads);
        List<LeadTerm> history = outline.leadHistory(node.sectionId());
        if (!history.isEmpty()) {
            UnorderedList terms = new UnorderedList(history.stream().map(OutlineActions::term).toArray(ListItem[]::new));
            terms.setId("lead-history");
            dialog.add(new Details(dialog.getTranslation("outline.lead-history"), terms));
        }
        Button ok = new Button(dialog.getTranslation("action.save"), e -> {
            apply(() -> outline.setLeads(node.sectionId(), leads.getSelectedItems().stream().map(Member::userId).toList()));
            dialog.close();
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(dialog.getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    private void confirmArchive(OutlineNode node) {
        FinalAction.ask(Translations.t("outline.archive-title", node.numberedTitle()), Translations.t("outline.archive"))
                .consequence(Translations.t("outline.archive-renumbers"))
                .consequence(Translations.t("outline.archive-keeps"))
                .consequence(Translations.t("outline.archive-versions"))
                .openAndClose(reason -> apply(() -> outline.archive(node.sectionId())));
    }

    /** Who led the section and who named or removed them: the record a removed lead drafter leaves. */
    private static ListItem term(LeadTerm t) {
        String named = t.addedAt() == null ? Translations.t("outline.lead-named-earlier", t.displayName())
                : Translations.t("outline.lead-named", t.displayName(), t.addedBy(), Formats.dateTime(t.addedAt()));
        return new ListItem(t.current() ? named
                : named + "; " + Translations.t("outline.lead-removed", t.endedBy(), Formats.dateTime(t.endedAt())));
    }

    private void apply(Runnable change) {
        try {
            change.run();
        } catch (InvalidInputException e) {
            Notifications.error(Translations.message(e));
        } catch (ConcurrentChangeException e) {
            Notifications.error(Translations.t("error.concurrent-change"));
        }
        refresh.run();
    }
}
