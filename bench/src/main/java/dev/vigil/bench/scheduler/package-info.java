/** Issue 9 #4 (on Kafka): the scheduler rebuilding its schedule from the compacted monitors topic after a restart. */
@NullMarked
package dev.vigil.bench.scheduler;

import org.jspecify.annotations.NullMarked;
