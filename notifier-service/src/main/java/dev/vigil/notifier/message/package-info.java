/** How an alert reads for people, shared by mail and the chat presets so they say the same thing. */
@NullMarked
package dev.vigil.notifier.message;

import org.jspecify.annotations.NullMarked;
