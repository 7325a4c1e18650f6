package org.councilworkspace.deliberation;

import java.time.OffsetDateTime;

/** What a comment said before an edit, and from when until when it said it. */
public record EarlierWording(String body, OffsetDateTime writtenAt, OffsetDateTime replacedAt) {
}
