/**
 * Master plans: the outline of sections, every section's immutable revisions, drafting without lost
 * updates (three-way merge or a conflict to resolve), frozen plan versions, comparison and export.
 */
package org.councilworkspace.plan;
