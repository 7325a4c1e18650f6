package org.councilworkspace.consultation.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.base.ui.Formats;
import org.councilworkspace.consultation.ConsultationStatistics;
import org.councilworkspace.consultation.PublicConsultation;
import org.councilworkspace.consultation.PublishedResults;
import org.councilworkspace.consultation.ResponseTablePdf;
import org.councilworkspace.document.ui.PdfLink;

/** The published results of a round: the comment-response table and the text changes, for everyone. */
@Route(value = "consult/:roundId(\\d+)/results", autoLayout = false)
@AnonymousAllowed
public class PublicResultsView extends PublicFrame implements BeforeEnterObserver, HasDynamicTitle {

    private final PublicConsultation consultation;
    private String title = "";

    private final ConsultationStatistics statistics;

    public PublicResultsView(PublicConsultation consultation, ConsultationStatistics statistics) {
        this.consultation = consultation;
        this.statistics = statistics;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long roundId = event.getRouteParameters().getLong("roundId").orElseThrow(() -> new NotFoundException("Round"));
        PublishedResults results = consultation.results(roundId);
        title = getTranslation("consultation.results.title", results.round().title());
        show(new H1(title), new Paragraph(getTranslation("consultation.results.intro", results.round().planTitle(),
                results.round().versionLabel(), Formats.dateTime(results.publishedAt()))),
                PdfLink.create("results-pdf", "consultation-" + roundId + "-responses.pdf",
                        getTranslation("document.download.responses-pdf"),
                        locale -> ResponseTablePdf.render(consultation.results(roundId), locale)),
                RoundHistoryLines.of(consultation.publicHistory(roundId)), new ResultsTable(results),
                new H2(getTranslation("consultation.results.statistics")),
                ResultsPanel.charts(statistics.publishedStatistics(roundId)));
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
