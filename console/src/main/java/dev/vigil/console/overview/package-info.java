@NullMarked
package dev.vigil.console.overview;

import org.jspecify.annotations.NullMarked;
