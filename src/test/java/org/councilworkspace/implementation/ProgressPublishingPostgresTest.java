package org.councilworkspace.implementation;

import org.councilworkspace.testsupport.PostgresServiceTest;

@PostgresServiceTest
class ProgressPublishingPostgresTest extends ProgressPublishingContract {
}
