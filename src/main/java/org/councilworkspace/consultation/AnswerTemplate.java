package org.councilworkspace.consultation;

/**
 * The wording the secretariat starts an answer from, for one disposition. {@code version} is null while the council
 * uses the built-in wording (in its own language) and has not saved a text of its own.
 */
public record AnswerTemplate(Disposition disposition, String text, Integer version) {

    public boolean builtIn() {
        return version == null;
    }
}
