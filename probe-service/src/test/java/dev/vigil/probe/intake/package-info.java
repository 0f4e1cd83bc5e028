@NullMarked
package dev.vigil.probe.intake;

import org.jspecify.annotations.NullMarked;
