package org.councilworkspace.council;

import org.councilworkspace.testsupport.ServiceTest;

@ServiceTest
class RoleCeilingTest extends RoleCeilingContract {
}
