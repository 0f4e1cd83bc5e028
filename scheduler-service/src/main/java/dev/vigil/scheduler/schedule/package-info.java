@NullMarked
package dev.vigil.scheduler.schedule;

import org.jspecify.annotations.NullMarked;
