package dev.vigil.notifier;

import dev.vigil.testkit.architecture.FeaturePackagesContract;

class ModularityTest extends FeaturePackagesContract {

    ModularityTest() {
        super("dev.vigil.notifier");
    }
}
