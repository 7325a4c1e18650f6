/**
 * Sign-in, the current user, the password policy, throttling, and the one permission check per council
 * membership that every feature's service calls.
 */
package org.councilworkspace.security;
