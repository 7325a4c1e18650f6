package org.councilworkspace.portal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.TextRules;
import org.councilworkspace.consultation.NewSubmission;
import org.councilworkspace.consultation.PublicConsultation;
import org.councilworkspace.council.OrganizationType;

/**
 * The comment form as posted. {@link #errors} checks every field at once, with the same rules as the consultation's
 * intake, so a person sees all that is wrong in one go; the intake checks again and alone decides what is stored.
 */
public record CommentForm(String name, String organizationName, String organizationType, String email, String section,
                          String text, String consent, String website, String token, String copy) {

    static CommentForm empty(Long sectionId) {
        return new CommentForm("", "", "", "", sectionId == null ? "" : sectionId.toString(), "", "", "", "", "");
    }

    /** The box for a copy by e-mail: only an explicit tick asks for one. */
    public boolean wantsCopy() {
        return "yes".equals(copy);
    }

    /** The field names (as in the form) with the message key and arguments of their error. */
    Map<String, InvalidInputException> errors(Set<Long> consultedSections, boolean invited) {
        Map<String, InvalidInputException> errors = new LinkedHashMap<>();
        check(errors, "name", () -> TextRules.requiredLine("name", name, 200));
        if (!invited) {
            if (organizationName != null && !organizationName.isBlank()) {
                check(errors, "organization", () -> TextRules.requiredLine("organization", organizationName, 300));
            }
            if (type() == null) {
                errors.put("organizationType", new InvalidInputException("organizationType", "validation.required"));
            }
        }
        check(errors, "email", () -> TextRules.email("email", email));
        Long sectionId = sectionId();
        if (section != null && !section.isBlank() && (sectionId == null || !consultedSections.contains(sectionId))) {
            errors.put("section", new InvalidInputException("section", "consultation.submit.section-not-consulted"));
        }
        check(errors, "text", () -> TextRules.requiredText("text", text, PublicConsultation.MAX_TEXT));
        return errors;
    }

    /** The box for publishing the name: only an explicit tick is consent. */
    public boolean consented() {
        return "yes".equals(consent);
    }

    public OrganizationType type() {
        if (organizationType == null) {
            return null;
        }
        for (OrganizationType t : OrganizationType.values()) {
            if (t.name().equals(organizationType)) {
                return t;
            }
        }
        return null;
    }

    public Long sectionId() {
        try {
            return section == null || section.isBlank() ? null : Long.valueOf(section.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The comment for the intake; an attachment is optional (the intake checks that it is a PDF within the cap). */
    NewSubmission toSubmission(org.springframework.web.multipart.MultipartFile attachment) throws java.io.IOException {
        boolean attached = attachment != null && !attachment.isEmpty();
        return new NewSubmission(name, organizationName, type(), email, sectionId(), text, consented(), website,
                attached ? attachment.getOriginalFilename() : null, attached ? attachment.getBytes() : null);
    }

    static List<OrganizationType> types() {
        return List.of(OrganizationType.values());
    }

    private static void check(Map<String, InvalidInputException> errors, String field, Runnable rule) {
        try {
            rule.run();
        } catch (InvalidInputException e) {
            errors.put(field, e);
        }
    }
}
