/** Vigil's shared contract: what travels on every topic, and the checks every record applies to itself. */
@NullMarked
package dev.vigil.contracts;

import org.jspecify.annotations.NullMarked;
