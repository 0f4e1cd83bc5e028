@NullMarked
package dev.vigil.console.monitor;

import org.jspecify.annotations.NullMarked;
