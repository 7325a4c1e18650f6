package org.councilworkspace.implementation;

import org.councilworkspace.testsupport.PostgresServiceTest;

@PostgresServiceTest
class GoalAlignmentPostgresTest extends GoalAlignmentContract {
}
