/**
 * The scheduler benchmark, in the scheduler's own package so it drives the real package-private {@code Schedule} and
 * {@code SchedulingLoop} from the scheduler-service plain jar (same package name, same class loader).
 */
@NullMarked
package dev.vigil.scheduler.schedule;

import org.jspecify.annotations.NullMarked;
