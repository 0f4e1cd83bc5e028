@NullMarked
package dev.vigil.testkit.redis;

import org.jspecify.annotations.NullMarked;
