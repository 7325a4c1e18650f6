package org.councilworkspace.planimport;

import org.councilworkspace.testsupport.PostgresServiceTest;

@PostgresServiceTest
class ImportServicePostgresTest extends ImportServiceContract {
}
