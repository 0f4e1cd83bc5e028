package dev.vigil.registry.readmodel;

import dev.vigil.contracts.alert.Alert;
import java.util.List;

/** One alert of a monitor's history with what became of it on each channel. */
record AlertView(Alert alert, List<DeliveryView> deliveries) {
}
