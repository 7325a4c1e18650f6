package org.councilworkspace.implementation;

import java.time.LocalDate;

/**
 * What the secretariat or chair asks to publish: the register's progress as of a day (today or earlier). A
 * correction of the current publication gives its reason; a publication as of the same day as the current one is
 * always a correction.
 *
 * @param correctionReason null or blank for a regular publication
 */
public record ProgressRequest(LocalDate asOf, String correctionReason) {
}
