@NullMarked
package dev.vigil.scheduler;

import org.jspecify.annotations.NullMarked;
