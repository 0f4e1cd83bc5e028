@NullMarked
package dev.vigil.testkit.kafka;

import org.jspecify.annotations.NullMarked;
