package org.councilworkspace.implementation;

import org.councilworkspace.testsupport.ServiceTest;

@ServiceTest
class GoalAlignmentTest extends GoalAlignmentContract {
}
