@NullMarked
package dev.vigil.testkit.architecture;

import org.jspecify.annotations.NullMarked;
