package org.councilworkspace.amendment;

import org.councilworkspace.testsupport.PostgresServiceTest;

@PostgresServiceTest
class AmendmentHostileInputPostgresTest extends AmendmentHostileInputContract {

    @Override
    protected java.util.List<String> corpus() {
        return org.councilworkspace.testsupport.HostileStrings.sample(4);
    }
}
