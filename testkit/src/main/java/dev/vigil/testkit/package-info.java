/** Real infrastructure for tests and the local stack, started once per JVM and shared. */
@NullMarked
package dev.vigil.testkit;

import org.jspecify.annotations.NullMarked;
