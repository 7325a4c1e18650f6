package org.councilworkspace.notification;

import org.councilworkspace.testsupport.ServiceTest;

@ServiceTest
class NotificationServiceTest extends NotificationServiceContract {
}
