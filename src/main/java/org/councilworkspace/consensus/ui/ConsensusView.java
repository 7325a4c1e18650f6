package org.councilworkspace.consensus.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import java.util.stream.Collectors;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.base.ui.RoundTripCache;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.base.ui.UiBatcher;
import org.councilworkspace.consensus.ChairService;
import org.councilworkspace.consensus.ConsensusActivity;
import org.councilworkspace.consensus.ConsensusMatrix;
import org.councilworkspace.consensus.ConsensusService;
import org.councilworkspace.consensus.MatrixFilter;
import org.councilworkspace.consensus.MatrixRow;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.council.StakeholderGroup;
import org.councilworkspace.plan.OutlineNode;
import org.councilworkspace.plan.OutlineService;
import org.councilworkspace.plan.Plan;
import org.councilworkspace.plan.PlanService;
import org.councilworkspace.plan.ui.PlanHeader;
import org.councilworkspace.plan.ui.PlanPaths;
import org.councilworkspace.security.AccessGuard;
import org.councilworkspace.security.CouncilAction;
import org.councilworkspace.security.CouncilMember;

/**
 * The consensus matrix: sections by stakeholder group, with filters and the whole-plan summary. Changes
 * live when anyone records a position; the chair declares consensus from here.
 */
@Route("plans/:planId(\\d+)/consensus")
@PermitAll
public class ConsensusView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ConsensusService consensus;
    private final ChairService chair;
    private final PlanService plans;
    private final OutlineService outline;
    private final CouncilService councils;
    private final AccessGuard guard;
    private final ConsensusActivity activity;
    private final Grid<MatrixRow> grid = new Grid<>(MatrixRow.class, false);
    private final Select<MatrixFilter> filter = new Select<>();
    private final Paragraph summary = new Paragraph();
    private Plan plan;
    private CouncilMember me;
    private AnnexPanel annex;
    private Runnable unsubscribe;

    public ConsensusView(ConsensusService consensus, ChairService chair, PlanService plans, OutlineService outline,
                         CouncilService councils, AccessGuard guard, ConsensusActivity activity) {
        this.consensus = consensus;
        this.chair = chair;
        this.plans = plans;
        this.outline = outline;
        this.councils = councils;
        this.guard = guard;
        this.activity = activity;
        addClassName("cw-page");
        summary.setId("consensus-summary");
        summary.getElement().setAttribute("aria-live", "polite");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long planId = event.getRouteParameters().getLong("planId").orElseThrow(() -> new NotFoundException("Plan"));
        plan = plans.plan(planId);
        me = guard.require(plan.councilId(), CouncilAction.READ);
        removeAll();
        grid.removeAllColumns();
        add(PlanHeader.create(plan, PlanHeader.Page.CONSENSUS), summary);
        filter.setLabel(getTranslation("matrix.filter"));
        filter.setId("matrix-filter");
        filter.setItems(MatrixFilter.values());
        filter.setItemLabelGenerator(Translations::label);
        filter.setValue(MatrixFilter.ALL);
        filter.addValueChangeListener(e -> refresh());
        configureGrid();
        Map<Long, String> subjects = outline.outline(planId, true).stream()
                .collect(Collectors.toMap(OutlineNode::sectionId, OutlineNode::numberedTitle));
        annex = new AnnexPanel(chair, planId, me.actor().id(), me.may(CouncilAction.DECLARE_CONSENSUS), subjects);
        add(filter, grid, new Paragraph(getTranslation("matrix.legend")));
        if (me.role().isVoting() && !plan.status().textLocked()) {
            add(new PositionForm(consensus, planId, null, me.actor().id()));
        }
        add(annex);
        refreshSummary();
    }

    private void configureGrid() {
        grid.setId("consensus-matrix");
        grid.addComponentColumn(r -> {
            Anchor link = new Anchor(PlanPaths.section(plan.id(), r.sectionId()), r.number() + " " + r.title());
            Div cell = new Div(link);
            // Titles wrap rather than being cut off: the stakeholder columns take most of the width.
            cell.addClassName("cw-outline-title");
            return cell;
        }).setHeader(getTranslation("outline.section")).setFlexGrow(3);
        grid.addComponentColumn(r -> ConsensusBadges.state(r.state())).setHeader(getTranslation("matrix.state"))
                .setAutoWidth(true).setFlexGrow(0);
        for (StakeholderGroup group : StakeholderGroup.values()) {
            grid.addComponentColumn(r -> ConsensusBadges.cell(r.cells().get(group.ordinal())))
                    .setHeader(Translations.label(group)).setAutoWidth(true);
        }
        grid.addComponentColumn(r -> {
            Button details = new Button(getTranslation("matrix.details"), e -> open(r));
            details.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            details.getElement().setAttribute("aria-label", getTranslation("matrix.details") + ": " + r.number() + " " + r.title());
            details.addClassName("cw-matrix-details");
            return details;
        }).setKey("details").setAutoWidth(true).setFlexGrow(0);
        // One aggregated query per round trip serves both the count and the rows; nothing is held per tab.
        RoundTripCache<ConsensusMatrix> matrix = new RoundTripCache<>(grid,
                () -> consensus.matrix(plan.id(), filter.getValue()));
        grid.setItems(q -> matrix.get().sections().stream().skip(q.getOffset()).limit(q.getLimit()),
                q -> matrix.get().sections().size());
    }

    private void open(MatrixRow row) {
        new SubjectDialog(consensus, chair, plan.id(), row, councils.currentMembers(plan.councilId()),
                me.may(CouncilAction.DECLARE_CONSENSUS),
                me.may(CouncilAction.DECLARE_CONSENSUS) || me.may(CouncilAction.MANAGE_PLAN), this::refresh).open();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        refreshSummary();
        if (annex != null) {
            annex.refresh();
        }
    }

    private void refreshSummary() {
        ConsensusMatrix matrix = consensus.matrix(plan.id(), MatrixFilter.ALL);
        summary.setText(getTranslation("matrix.summary-line", matrix.agreed(), matrix.sections().size(),
                Translations.label(matrix.plan().state())));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UiBatcher batcher = new UiBatcher(event.getUI(), 400, this::refresh);
        unsubscribe = activity.subscribe(plan.id(), batcher::request);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (unsubscribe != null) {
            unsubscribe.run();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("matrix.title") + " · " + (plan == null ? "" : plan.title() + " · ") + getTranslation("app.name");
    }
}
