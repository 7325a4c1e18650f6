/**
 * Live news between app nodes: a writer announces identifiers after its transaction commits, and every node's open
 * pages re-read what changed. One node (H2): in-process. Several nodes on PostgreSQL: NOTIFY and LISTEN.
 */
package org.councilworkspace.base.live;
