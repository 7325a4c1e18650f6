package org.councilworkspace.deliberation;

import org.councilworkspace.testsupport.PostgresServiceTest;

@PostgresServiceTest
class CommentServicePostgresTest extends CommentServiceContract {
}
