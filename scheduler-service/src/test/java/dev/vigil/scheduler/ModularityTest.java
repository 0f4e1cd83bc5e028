package dev.vigil.scheduler;

import dev.vigil.testkit.architecture.FeaturePackagesContract;

class ModularityTest extends FeaturePackagesContract {

    ModularityTest() {
        super("dev.vigil.scheduler");
    }
}
