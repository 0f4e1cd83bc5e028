@NullMarked
package dev.vigil.notifier;

import org.jspecify.annotations.NullMarked;
