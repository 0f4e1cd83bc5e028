/** Delivery tasks: the log that makes each (alert, channel) send once, the retry topics, and published outcomes. */
@NullMarked
package dev.vigil.notifier.delivery;

import org.jspecify.annotations.NullMarked;
