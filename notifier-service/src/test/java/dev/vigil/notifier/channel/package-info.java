@NullMarked
package dev.vigil.notifier.channel;

import org.jspecify.annotations.NullMarked;
