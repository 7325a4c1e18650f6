package org.councilworkspace.amendment;

import java.util.List;
import org.councilworkspace.base.InvalidInputException;

/** Accepting was refused because the amendment lacks the support its council requires; says what is missing. */
public class SupportShortfallException extends InvalidInputException {

    private final transient List<MissingSupport> missing;

    public SupportShortfallException(List<MissingSupport> missing) {
        super("support", "amendment.support-missing");
        this.missing = List.copyOf(missing);
    }

    public List<MissingSupport> missing() {
        return missing;
    }
}
