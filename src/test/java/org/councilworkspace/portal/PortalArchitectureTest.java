package org.councilworkspace.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The portal reads only through the features' public services: never the database, a repository or a Vaadin class. */
@AnalyzeClasses(packages = "org.councilworkspace", importOptions = ImportOption.DoNotIncludeTests.class)
class PortalArchitectureTest {

    @ArchTest
    static final ArchRule the_portal_never_touches_the_database_or_a_repository = noClasses()
            .that().resideInAPackage("org.councilworkspace.portal..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.councilworkspace.db..")
            .orShould().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("org.councilworkspace..")
                    .and(JavaClass.Predicates.simpleNameEndingWith("Repository")))
            .orShould().dependOnClassesThat().resideInAPackage("com.vaadin..");

    @ArchTest
    static final ArchRule no_feature_depends_on_the_portal = noClasses()
            .that().resideOutsideOfPackage("org.councilworkspace.portal..")
            .should().dependOnClassesThat().resideInAPackage("org.councilworkspace.portal..");
}
