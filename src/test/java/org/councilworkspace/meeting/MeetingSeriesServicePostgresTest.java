package org.councilworkspace.meeting;

import org.councilworkspace.testsupport.PostgresServiceTest;

@PostgresServiceTest
class MeetingSeriesServicePostgresTest extends MeetingSeriesServiceContract {
}
