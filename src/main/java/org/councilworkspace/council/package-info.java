/** Councils (and their subcommittees), memberships, roles and stakeholder groups. */
package org.councilworkspace.council;
