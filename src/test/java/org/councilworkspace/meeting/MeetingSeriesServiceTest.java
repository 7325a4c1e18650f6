package org.councilworkspace.meeting;

import org.councilworkspace.testsupport.ServiceTest;

@ServiceTest
class MeetingSeriesServiceTest extends MeetingSeriesServiceContract {
}
