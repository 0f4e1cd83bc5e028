@NullMarked
package dev.vigil.console.live;

import org.jspecify.annotations.NullMarked;
