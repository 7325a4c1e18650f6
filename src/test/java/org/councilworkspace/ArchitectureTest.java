package org.councilworkspace;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layout rules of the code base, checked on every build. */
@AnalyzeClasses(packages = "org.councilworkspace", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule views_never_touch_jooq_or_generated_tables = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.councilworkspace.db..");

    @ArchTest
    static final ArchRule services_and_repositories_know_nothing_of_vaadin = noClasses()
            .that().haveSimpleNameEndingWith("Service").or().haveSimpleNameEndingWith("Repository")
            .should().dependOnClassesThat().resideInAPackage("com.vaadin..");

    @ArchTest
    static final ArchRule feature_packages_have_no_cycles = slices()
            .matching("org.councilworkspace.(*)..")
            .should().beFreeOfCycles();

    /** Finer than the features: a feature's ui package may use the feature, never the other way round. */
    @ArchTest
    static final ArchRule no_package_depends_on_a_package_that_depends_on_it = slices()
            .matching("org.councilworkspace.(**)")
            .should().beFreeOfCycles()
            // The classes jOOQ generates refer to each other across their packages; they are not ours to arrange.
            .ignoreDependency(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(
                    "org.councilworkspace.db.."), com.tngtech.archunit.base.DescribedPredicate.alwaysTrue());

    @ArchTest
    static final ArchRule the_shared_base_depends_on_no_feature = noClasses()
            .that().resideInAPackage("org.councilworkspace.base..")
            .should().dependOnClassesThat().resideInAnyPackage("org.councilworkspace.account..",
                    "org.councilworkspace.council..", "org.councilworkspace.audit..", "org.councilworkspace.demo..",
                    "org.councilworkspace.notification..");
}
