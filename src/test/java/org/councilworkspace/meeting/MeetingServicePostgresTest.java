package org.councilworkspace.meeting;

import org.councilworkspace.testsupport.PostgresServiceTest;

@PostgresServiceTest
class MeetingServicePostgresTest extends MeetingServiceContract {

    @Override
    protected java.util.List<String> corpus() {
        return org.councilworkspace.testsupport.HostileStrings.sample(4);
    }
}
