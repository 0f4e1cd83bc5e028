@NullMarked
package dev.vigil.probe.check;

import org.jspecify.annotations.NullMarked;
