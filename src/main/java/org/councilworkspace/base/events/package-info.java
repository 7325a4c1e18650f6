/** Past-tense events that features publish and that audit and notifications listen to. */
package org.councilworkspace.base.events;
