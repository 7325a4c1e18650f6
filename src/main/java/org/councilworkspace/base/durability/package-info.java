/**
 * Durable commits: every commit the app reports to a person is on disk (H2) or flushed by the server (PostgreSQL)
 * before the answer goes back, whatever database address the operator configured.
 */
package org.councilworkspace.base.durability;
