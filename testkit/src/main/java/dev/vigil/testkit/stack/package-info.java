@NullMarked
package dev.vigil.testkit.stack;

import org.jspecify.annotations.NullMarked;
