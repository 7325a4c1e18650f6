package org.councilworkspace.meeting;

import org.councilworkspace.testsupport.PostgresServiceTest;

@PostgresServiceTest
class MeetingServicePostgresTest extends MeetingServiceContract {
}
