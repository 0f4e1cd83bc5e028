package dev.vigil.registry;

import dev.vigil.testkit.architecture.FeaturePackagesContract;

class ModularityTest extends FeaturePackagesContract {

    ModularityTest() {
        super("dev.vigil.registry");
    }
}
