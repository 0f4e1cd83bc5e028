package dev.vigil.probe;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the feature packages layered: intake on check, check on http, http on net, never back. */
class ModularityTest {

    private static final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.vigil.probe");

    @Test
    void feature_packages_have_no_cycles() {
        slices().matching("dev.vigil.probe.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void network_code_knows_nothing_of_kafka_or_checks() {
        noClasses().that().resideInAnyPackage("dev.vigil.probe.net..", "dev.vigil.probe.http..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.vigil.probe.intake..",
                        "dev.vigil.probe.check..", "org.apache.kafka..")
                .check(classes);
    }

    @Test
    void checks_know_nothing_of_kafka() {
        noClasses().that().resideInAPackage("dev.vigil.probe.check..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.vigil.probe.intake..", "org.apache.kafka..")
                .check(classes);
    }
}
