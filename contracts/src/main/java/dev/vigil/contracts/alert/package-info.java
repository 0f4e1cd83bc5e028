/** Alerts raised by analytics and their deterministic identity. */
@NullMarked
package dev.vigil.contracts.alert;

import org.jspecify.annotations.NullMarked;
