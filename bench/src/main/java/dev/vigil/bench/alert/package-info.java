/** Issue 9 #2: time from a target going down to the alert, through the real scheduler, probe and analytics. */
@NullMarked
package dev.vigil.bench.alert;

import org.jspecify.annotations.NullMarked;
