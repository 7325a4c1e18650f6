package org.councilworkspace.planimport;

import org.councilworkspace.testsupport.PostgresServiceTest;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;

/** The same on PostgreSQL: the pictures' bytes and the published-only check must hold there too. */
@PostgresServiceTest
@AutoConfigureMockMvc
class ImportedPicturesPostgresTest extends ImportedPicturesContract {
}
