@NullMarked
package dev.vigil.scheduler.publish;

import org.jspecify.annotations.NullMarked;
