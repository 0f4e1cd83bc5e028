package dev.vigil.gateway;

import dev.vigil.testkit.architecture.FeaturePackagesContract;

class ModularityTest extends FeaturePackagesContract {

    ModularityTest() {
        super("dev.vigil.gateway");
    }
}
