@NullMarked
package dev.vigil.notifier.routing;

import org.jspecify.annotations.NullMarked;
