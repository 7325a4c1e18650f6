package org.councilworkspace.base;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One readable thing as a feature hands it to the search index, which runs after commits and at start-up with
 * nobody signed in: so it carries who may read it ({@code audience}, a name the index maps to the council roles
 * that read it, by the feature's own rule) instead of being checked against a reader here.
 *
 * @param kind      what it is (the search's kind names: AMENDMENT, POSITION, SUBMISSION, ANSWER, AGENDA, MINUTES,
 *                  MEASURE, KPI, and for the public portal PUBLIC_SECTION, PUBLIC_MINUTES,
 *                  PUBLIC_ANSWER, PUBLIC_DOCUMENT)
 * @param key       unique among every indexed thing, e.g. "amendment:12"
 * @param scopes    what it is replaced with when the feature says one of them changed, e.g. "meeting:4" for a
 *                  meeting's agenda and minutes; a submission is in its own scope and in its round's
 * @param audience  COUNCIL, SECRETARIAT, CONSULTATION, MEETING_MANAGERS, DRAFT_MINUTES or PUBLIC
 * @param planId    the plan it belongs to, if any
 * @param sectionId the section it is about, if any
 * @param objectId  what a hit opens: the amendment, plan, round, meeting, measure or published version
 * @param anchor    where on that page, if anywhere (a section's anchor on a published version)
 * @param title     what it is called (the section, meeting or measure it belongs to when it has no name itself)
 * @param text      the plain text searched and shown in snippets
 * @param author    who wrote it, when it is one person's or organisation's, for the author filter
 * @param group     the author's stakeholder group in the council, if they are a member
 * @param at        when it was last written, for the date filter and the newest-first order
 */
public record IndexedText(String kind, String key, List<String> scopes, long councilId, String audience, Long planId,
                          Long sectionId, long objectId, String anchor, String title, String text, String author,
                          String group, OffsetDateTime at) {
}
