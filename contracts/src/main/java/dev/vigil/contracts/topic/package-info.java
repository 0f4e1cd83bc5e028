/** The topic catalog: names, partitioning, retention, serdes and dead-letter conventions of every Vigil topic. */
@NullMarked
package dev.vigil.contracts.topic;

import org.jspecify.annotations.NullMarked;
