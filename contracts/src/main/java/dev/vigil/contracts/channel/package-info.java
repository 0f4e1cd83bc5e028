/** Notification channels alerts are delivered to. */
@NullMarked
package dev.vigil.contracts.channel;

import org.jspecify.annotations.NullMarked;
