package org.councilworkspace.notification;

import org.councilworkspace.testsupport.PostgresServiceTest;

@PostgresServiceTest
class NotificationServicePostgresTest extends NotificationServiceContract {
}
