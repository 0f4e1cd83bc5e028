/** Outcomes of delivering alerts to channels. */
@NullMarked
package dev.vigil.contracts.delivery;

import org.jspecify.annotations.NullMarked;
