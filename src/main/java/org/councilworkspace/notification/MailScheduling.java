package org.councilworkspace.notification;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the e-mail sweep (and any other scheduled job). */
@Configuration
@EnableScheduling
class MailScheduling {
}
