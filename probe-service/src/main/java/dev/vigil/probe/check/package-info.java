/** Running one check of each kind and judging its answer: the part of the service that knows what "up" means. */
@NullMarked
package dev.vigil.probe.check;

import org.jspecify.annotations.NullMarked;
