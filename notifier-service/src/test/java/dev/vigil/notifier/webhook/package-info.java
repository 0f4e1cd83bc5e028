@NullMarked
package dev.vigil.notifier.webhook;

import org.jspecify.annotations.NullMarked;
