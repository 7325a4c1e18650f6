package org.councilworkspace.deliberation;

import org.councilworkspace.testsupport.ServiceTest;

@ServiceTest
class CommentServiceTest extends CommentServiceContract {
}
