/** Notification channels in the console: list, create, send a test, rotate a webhook's signing secret, delete. */
@NullMarked
package dev.vigil.console.channel;

import org.jspecify.annotations.NullMarked;
