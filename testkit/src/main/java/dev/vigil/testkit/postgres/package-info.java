@NullMarked
package dev.vigil.testkit.postgres;

import org.jspecify.annotations.NullMarked;
