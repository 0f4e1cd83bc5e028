/**
 * Issue 9 #5: the whole system on one machine (the local stack), stepped up in monitors at a 30 s interval until
 * scheduler lateness, dropped probes or a consumer lag give out.
 */
@NullMarked
package dev.vigil.bench.system;

import org.jspecify.annotations.NullMarked;
