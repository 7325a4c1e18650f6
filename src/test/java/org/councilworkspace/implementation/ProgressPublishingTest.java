package org.councilworkspace.implementation;

import org.councilworkspace.testsupport.ServiceTest;

@ServiceTest
class ProgressPublishingTest extends ProgressPublishingContract {
}
