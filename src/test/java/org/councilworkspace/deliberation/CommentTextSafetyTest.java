package org.councilworkspace.deliberation;

import org.councilworkspace.testsupport.ServiceTest;

@ServiceTest
class CommentTextSafetyTest extends CommentTextSafetyContract {
}
