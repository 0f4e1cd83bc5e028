@NullMarked
package dev.vigil.notifier.email;

import org.jspecify.annotations.NullMarked;
