@NullMarked
package dev.vigil.scheduler.feed;

import org.jspecify.annotations.NullMarked;
