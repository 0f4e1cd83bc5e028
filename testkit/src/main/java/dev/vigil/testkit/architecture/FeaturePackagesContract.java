package dev.vigil.testkit.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * What package by feature promises in every service: the feature packages under the service's root
 * package depend on each other without cycles, so each can be read, tested and moved on its own.
 * A service's {@code ModularityTest} extends this with its root package.
 */
public abstract class FeaturePackagesContract {

    private final String rootPackage;

    protected FeaturePackagesContract(String rootPackage) {
        this.rootPackage = rootPackage;
    }

    @Test
    protected void featurePackagesHaveNoCycles() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(rootPackage);

        assertThat(classes.containPackage(rootPackage)).as("classes found under " + rootPackage).isTrue();
        slices().matching(rootPackage + ".(*)..").should().beFreeOfCycles().check(classes);
    }
}
