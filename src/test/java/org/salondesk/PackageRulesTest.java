package org.salondesk;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules of decision 0017, read from the compiled main classes: dependencies point down (ui and app →
 * the facade → features → guard → availability → persistence → the kernel); no two packages need each other.
 */
class PackageRulesTest {

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("org.salondesk");
    }

    @Test
    void noCycleBetweenPackages() {
        slices().matching("org.salondesk.(*)..").should().beFreeOfCycles().check(main);
    }

    @Test
    void noCycleBetweenScreens() {
        slices().matching("org.salondesk.ui.(*)..").should().beFreeOfCycles().check(main);
    }

    /**
     * The root package holds two layers that the slices above do not see: the facade on top (SalonDesk, and
     * DeskServices that builds its services) and the kernel (the error type, its codes, the checks of arguments) at the
     * bottom. The kernel needs nothing of SalonDesk but the texts; below the screens, nothing needs the facade.
     */
    @Test
    void theKernelIsAtTheBottomAndTheFacadeOnTop() {
        classes().that().resideInAPackage("org.salondesk").and(not(belongToAnyOf(SalonDesk.class, DeskServices.class)))
                .should().onlyDependOnClassesThat(resideOutsideOfPackage("org.salondesk..")
                        .or(resideInAnyPackage("org.salondesk", "org.salondesk.i18n"))
                        .and(not(belongToAnyOf(SalonDesk.class, DeskServices.class))))
                .check(main);
        noClasses().that(not(resideInAnyPackage("org.salondesk.app..", "org.salondesk.ui..")))
                .and(not(belongToAnyOf(SalonDesk.class, DeskServices.class)))
                .should().dependOnClassesThat(belongToAnyOf(SalonDesk.class, DeskServices.class))
                .check(main);
    }

    /**
     * Who may do what (issue 15) sits at the kernel's level, so that every feature, the catalogue too, can ask it: it
     * needs nothing of SalonDesk but the kernel and the texts.
     */
    @Test
    void theRoleTableIsAtTheKernelsLevel() {
        classes().that().resideInAPackage("org.salondesk.access..")
                .should().onlyDependOnClassesThat(resideOutsideOfPackage("org.salondesk..")
                        .or(resideInAnyPackage("org.salondesk.access..", "org.salondesk.i18n"))
                        .or(resideInAPackage("org.salondesk").and(not(belongToAnyOf(SalonDesk.class)))))
                .check(main);
    }

    @Test
    void persistenceDependsOnNoFeature() {
        classes().that().resideInAPackage("org.salondesk.persistence..")
                .should().onlyDependOnClassesThat(resideOutsideOfPackage("org.salondesk..")
                        .or(resideInAnyPackage("org.salondesk.persistence..", "org.salondesk.i18n"))
                        .or(resideInAPackage("org.salondesk").and(not(belongToAnyOf(SalonDesk.class)))))
                .check(main);
    }

    @Test
    void availabilityIsPlainJavaAndJdbc() {
        noClasses().that().resideInAPackage("org.salondesk.availability..")
                .should().dependOnClassesThat(resideInAnyPackage("jakarta.persistence..", "org.hibernate..",
                        "javafx..", "org.salondesk.booking..", "org.salondesk.catalog..", "org.salondesk.client..",
                        "org.salondesk.schedule..", "org.salondesk.staff..", "org.salondesk.task.."))
                .check(main);
    }

    /** The facade hands out services, never the database: screens and start-up read and write through them. */
    @Test
    void screensAndStartUpNeverTouchTheDatabaseItself() {
        noClasses().that().resideInAnyPackage("org.salondesk.ui..", "org.salondesk.app..")
                .should().dependOnClassesThat(resideInAnyPackage("org.hibernate..", "jakarta.persistence..")
                        .or(belongToAnyOf(org.salondesk.persistence.Database.class)))
                .check(main);
    }

    /** Screens hold records the services hand them, never entities (decision 0005): a screen cannot change a row. */
    @Test
    void screensAndStartUpHoldRecordsNotEntities() {
        noClasses().that().resideInAnyPackage("org.salondesk.ui..", "org.salondesk.app..")
                .should().dependOnClassesThat().areAnnotatedWith(jakarta.persistence.Entity.class)
                .check(main);
    }
}
