@NullMarked
package dev.vigil.probe;

import org.jspecify.annotations.NullMarked;
