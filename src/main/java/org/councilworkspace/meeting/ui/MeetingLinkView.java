package org.councilworkspace.meeting.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.meeting.AgendaLink;
import org.councilworkspace.meeting.AgendaLinkKind;
import org.councilworkspace.meeting.AgendaService;

/** Follows an agenda or decision link to the target's own page, as its resolver names it. */
@Route("meetings/:meetingId(\\d+)/links/:kind/:targetId(\\d+)")
@PermitAll
public class MeetingLinkView extends Div implements BeforeEnterObserver {

    private final AgendaService agendas;

    public MeetingLinkView(AgendaService agendas) {
        this.agendas = agendas;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getRouteParameters();
        long meetingId = parameters.getLong("meetingId").orElseThrow(() -> new NotFoundException("Meeting"));
        long targetId = parameters.getLong("targetId").orElseThrow(() -> new NotFoundException("Link"));
        AgendaLinkKind kind;
        try {
            kind = AgendaLinkKind.valueOf(parameters.get("kind").orElse(""));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Link");
        }
        String path = agendas.linkPath(meetingId, new AgendaLink(kind, targetId))
                .orElseThrow(() -> new NotFoundException("Link"));
        if (path.startsWith("/")) {
            // Outside the workspace (the public portal): a full page load, as no route of the workspace serves it.
            event.getUI().getPage().setLocation(path);
            return;
        }
        event.forwardTo(path);
    }
}
