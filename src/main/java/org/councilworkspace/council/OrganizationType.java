package org.councilworkspace.council;

/** The kind of organization a member (or a consultee) belongs to. */
public enum OrganizationType {
    GOVERNMENT, FIRM, INDUSTRY_ASSOCIATION, ACADEMIA, NGO, INDIVIDUAL
}
