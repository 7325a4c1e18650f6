/** The append-only audit trail, chained by SHA-256 hashes so that any change, deletion or reordering shows. */
package org.councilworkspace.audit;
