package org.councilworkspace.permissions;

import org.councilworkspace.testsupport.ServiceTest;

@ServiceTest
class PermissionMatrixTest extends PermissionMatrixContract {
}
