@NullMarked
package dev.vigil.notifier.delivery;

import org.jspecify.annotations.NullMarked;
