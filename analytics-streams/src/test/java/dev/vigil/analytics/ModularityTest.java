package dev.vigil.analytics;

import dev.vigil.testkit.architecture.FeaturePackagesContract;

class ModularityTest extends FeaturePackagesContract {

    ModularityTest() {
        super("dev.vigil.analytics");
    }
}
