package org.councilworkspace.search;

import org.councilworkspace.testsupport.PostgresServiceTest;

@PostgresServiceTest
class SearchCatchUpPostgresTest extends SearchCatchUpContract {
}
