package org.councilworkspace.plan;

/** One entry of the plan's minority opinions annex, as exported with a plan version. */
public record AnnexEntry(String subject, String member, String organization, String kind, String text,
                         boolean confirmedByMember) {
}
