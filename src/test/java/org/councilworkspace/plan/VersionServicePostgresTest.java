package org.councilworkspace.plan;

import org.councilworkspace.testsupport.PostgresServiceTest;

@PostgresServiceTest
class VersionServicePostgresTest extends VersionServiceContract {
}
