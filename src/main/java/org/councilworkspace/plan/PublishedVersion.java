package org.councilworkspace.plan;

import java.time.OffsetDateTime;

/** A published plan version as listed on the public portal. */
public record PublishedVersion(long versionId, long planId, String planTitle, String cycle, long councilId,
                               String councilName, String label, String number, OffsetDateTime publishedAt) {
}
