package org.councilworkspace.implementation;

import org.councilworkspace.testsupport.PostgresServiceTest;

@PostgresServiceTest
class FrozenMeasuresPostgresTest extends FrozenMeasuresContract {
}
