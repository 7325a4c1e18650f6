/** Demo councils, people and content for trying the app on the embedded database (the demo profile). */
package org.councilworkspace.demo;
