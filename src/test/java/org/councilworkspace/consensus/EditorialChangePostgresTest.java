package org.councilworkspace.consensus;

import org.councilworkspace.testsupport.PostgresServiceTest;

@PostgresServiceTest
class EditorialChangePostgresTest extends EditorialChangeContract {
}
