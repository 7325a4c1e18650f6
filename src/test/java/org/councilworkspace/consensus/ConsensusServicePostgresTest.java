package org.councilworkspace.consensus;

import org.councilworkspace.testsupport.PostgresServiceTest;

@PostgresServiceTest
class ConsensusServicePostgresTest extends ConsensusServiceContract {
}
