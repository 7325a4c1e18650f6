package org.councilworkspace.base.events;

/**
 * A past-tense domain event that belongs in the audit trail. Features publish these; the audit feature
 * listens in the same transaction, so an action and its audit record commit or roll back together.
 *
 * @param councilId null for platform events (accounts, council creation)
 */
public interface AuditableEvent {

    Long actorId();

    String actorName();

    Long councilId();

    String action();

    String objectType();

    String objectId();

    String summary();
}
