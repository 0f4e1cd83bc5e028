@NullMarked
package dev.vigil.testkit.actuator;

import org.jspecify.annotations.NullMarked;
