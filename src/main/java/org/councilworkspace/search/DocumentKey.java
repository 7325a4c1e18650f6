package org.councilworkspace.search;

/**
 * What a replacement removes before it adds the new documents: every document whose {@code field} holds the
 * {@code value}. A section is replaced by its own id, a thread's comments by their thread, a feature's things by a
 * scope it names (a meeting, a round, a plan's positions).
 */
record DocumentKey(String field, String value) {

    static final String ID = "id";
    static final String THREAD = "thread";
    static final String SCOPE = "scope";

    static DocumentKey section(long sectionId) {
        return new DocumentKey(ID, "section:" + sectionId);
    }

    static DocumentKey thread(long threadId) {
        return new DocumentKey(THREAD, Long.toString(threadId));
    }

    static DocumentKey scope(String scope) {
        return new DocumentKey(SCOPE, scope);
    }
}
