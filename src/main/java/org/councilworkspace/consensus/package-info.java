/**
 * Consensus: members' positions on sections and on the plan, the council's consensus rule, the matrix of
 * where each stakeholder group stands, the chair's declarations, and the minority opinions annex.
 */
package org.councilworkspace.consensus;
