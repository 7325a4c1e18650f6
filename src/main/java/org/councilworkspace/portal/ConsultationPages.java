package org.councilworkspace.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.consultation.PublicConsultation;
import org.councilworkspace.consultation.PublicConsultation.OpenRound;
import org.councilworkspace.consultation.Receipt;
import org.councilworkspace.consultation.RoundSection;
import org.councilworkspace.plan.text.MarkdownRenderer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Consultation rounds: the lists, a round's text with its comment form (public rounds, and invited ones through the
 * organization's link), and the receipt. The form is a plain HTML form; the intake is the consultation's own.
 */
@Controller
class ConsultationPages {

    /** A consulted section for the page, its text rendered as safe HTML. */
    public record ShownSection(long id, String anchor, int depth, String title, String html) {
    }

    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();

    private final PortalPages pages;
    private final PublishedDirectory directory;
    private final PublicConsultation consultation;
    private final FormToken tokens;
    private final ReceiptMail mail;

    ConsultationPages(PortalPages pages, PublishedDirectory directory, PublicConsultation consultation, FormToken tokens,
                      ReceiptMail mail) {
        this.mail = mail;
        this.pages = pages;
        this.directory = directory;
        this.consultation = consultation;
        this.tokens = tokens;
    }

    @GetMapping("/public/{lang:en|ja|th}/consultations")
    String rounds(@PathVariable String lang, Model model, HttpServletResponse response) {
        Texts t = pages.texts(lang);
        pages.page(model, lang, "/consultations", t.get("portal.rounds.title"), response, null);
        model.addAttribute("openRounds", directory.open(null));
        model.addAttribute("upcomingRounds", directory.upcoming(null));
        model.addAttribute("closedRounds", directory.closed(null));
        model.addAttribute("resultRounds", directory.withResults(null));
        return "portal/rounds";
    }

    @GetMapping("/public/{lang:en|ja|th}/consultations/{id:\\d+}")
    String round(@PathVariable String lang, @PathVariable long id, @RequestParam(required = false) String section,
                 Model model, HttpServletResponse response) {
        OpenRound open = consultation.publicRound(id);
        Long sectionId = parse(section);
        return roundPage(lang, "/consultations/" + id, open, CommentForm.empty(sectionId), Map.of(), model, response,
                "round:" + id);
    }

    @PostMapping("/public/{lang:en|ja|th}/consultations/{id:\\d+}")
    String submit(@PathVariable String lang, @PathVariable long id, @ModelAttribute CommentForm form,
                  @RequestParam(required = false) MultipartFile attachment, Model model,
                  HttpServletRequest request, HttpServletResponse response) throws java.io.IOException {
        OpenRound open = consultation.publicRound(id);
        var submission = form.toSubmission(attachment);
        return handle(lang, "/consultations/" + id, open, form, "round:" + id, model, request, response,
                () -> consultation.submit(id, submission, request.getRemoteAddr()));
    }

    @GetMapping("/public/{lang:en|ja|th}/consultations/invited/{token}")
    String invited(@PathVariable String lang, @PathVariable String token, Model model, HttpServletResponse response) {
        OpenRound open = consultation.invitedRound(token).orElseThrow(() -> new NotFoundException("Invitation"));
        String page = roundPage(lang, "/consultations/invited/" + token, open, CommentForm.empty(null), Map.of(), model,
                response, "invited:" + token);
        // The link is the organization's own: not for shared caches or search engines.
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        return page;
    }

    @PostMapping("/public/{lang:en|ja|th}/consultations/invited/{token}")
    String submitInvited(@PathVariable String lang, @PathVariable String token, @ModelAttribute CommentForm form,
                         @RequestParam(required = false) MultipartFile attachment, Model model,
                         HttpServletRequest request, HttpServletResponse response) throws java.io.IOException {
        OpenRound open = consultation.invitedRound(token).orElseThrow(() -> new NotFoundException("Invitation"));
        var submission = form.toSubmission(attachment);
        return handle(lang, "/consultations/invited/" + token, open, form, "invited:" + token, model, request, response,
                () -> consultation.submitInvited(token, submission, request.getRemoteAddr()));
    }

    private String handle(String lang, String rest, OpenRound open, CommentForm form, String formName, Model model,
                          HttpServletRequest request, HttpServletResponse response,
                          java.util.function.Supplier<Receipt> intake) {
        Set<Long> consulted = open.sections().stream().map(RoundSection::sectionId).collect(Collectors.toSet());
        Map<String, InvalidInputException> errors = new LinkedHashMap<>();
        if (!tokens.valid(formName, form.token())) {
            errors.put("form", new InvalidInputException("form", "portal.form.expired"));
        }
        errors.putAll(form.errors(consulted, open.invitation() != null));
        if (errors.isEmpty()) {
            try {
                Receipt receipt = intake.get();
                Texts t = pages.page(model, lang, rest, null, response, null);
                model.addAttribute("title", t.get("portal.receipt.title") + " · " + t.get("portal.name"));
                model.addAttribute("heading", t.get("portal.receipt.title"));
                model.addAttribute("receipt", receipt);
                model.addAttribute("form", form);
                model.addAttribute("open", open);
                String sectionTitle = open.sections().stream()
                        .filter(s -> s.sectionId() == (form.sectionId() == null ? -1 : form.sectionId()))
                        .map(RoundSection::numberedTitle).findFirst().orElse(t.get("portal.form.whole-plan"));
                model.addAttribute("sectionTitle", sectionTitle);
                // The comment is stored (the intake committed): the copy can only add, never lose, anything.
                model.addAttribute("copySent", form.wantsCopy() ? mail.send(t, open, form, receipt, sectionTitle) : null);
                response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
                return "portal/receipt";
            } catch (InvalidInputException e) {
                errors.put(e.field() == null ? "form" : e.field(), e);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        String page = roundPage(lang, rest, open, form, errors, model, response, formName);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        return page;
    }

    private String roundPage(String lang, String rest, OpenRound open, CommentForm form,
                             Map<String, InvalidInputException> errors, Model model, HttpServletResponse response,
                             String formName) {
        Texts t = pages.page(model, lang, rest, open.round().title(), response, null);
        model.addAttribute("description", open.round().description());
        model.addAttribute("round", open.round());
        model.addAttribute("invitation", open.invitation());
        model.addAttribute("history", historyLines(t, open.invitation() == null ? consultation.publicHistory(open.round().id())
                : consultation.invitedHistory(rest.substring(rest.lastIndexOf('/') + 1))));
        model.addAttribute("sections", open.sections().stream().map(s -> new ShownSection(s.sectionId(),
                "s" + s.sectionId(), Math.min(s.depth(), 4), s.numberedTitle(), publicImages(MARKDOWN.toSafeHtml(s.body()))))
                .toList());
        model.addAttribute("form", form);
        model.addAttribute("types", CommentForm.types());
        // A box for a copy only where this site can send one; a promise it cannot keep would be worse than none.
        model.addAttribute("copyOffered", mail.available());
        model.addAttribute("action", "/public/" + lang + rest);
        model.addAttribute("formToken", tokens.issue(formName));
        Map<String, String> messages = new LinkedHashMap<>();
        errors.forEach((field, e) -> messages.put(field, t.get(e.messageKey(), e.args())));
        model.addAttribute("errors", messages);
        return "portal/round";
    }

    /** Early closes and reopenings with their reasons, as sentences (shown as text, so a reason never runs). */
    static java.util.List<String> historyLines(Texts t, java.util.List<org.councilworkspace.consultation.RoundHistoryEntry> entries) {
        return entries.stream().map(h -> h.kind() == org.councilworkspace.consultation.RoundHistoryEntry.Kind.REOPENED
                ? t.get("consultation.history.reopened", t.dateTime(h.at()), t.dateTime(h.newClosesAt()), h.reason())
                : t.get("consultation.history.closed-early", t.dateTime(h.at()), t.dateTime(h.previousClosesAt()), h.reason()))
                .toList();
    }

    private static Long parse(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * The shared (cached) renderer points kept pictures at the workspace's address, which needs a sign-in; a reader
     * of the round gets them from the portal's, which serves the pictures an open public round's text shows. Only the
     * renderer writes that attribute: typed text with the same characters is escaped.
     */
    private static String publicImages(String html) {
        return html.replace("src=\"" + MarkdownRenderer.WORKSPACE_IMAGES, "src=\"" + MarkdownRenderer.PUBLIC_IMAGES);
    }
}
