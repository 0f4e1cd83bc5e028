@NullMarked
package dev.vigil.console.status;

import org.jspecify.annotations.NullMarked;
