/** Shared foundations: input rules, domain events, the application shell and error pages. */
package org.councilworkspace.base;
