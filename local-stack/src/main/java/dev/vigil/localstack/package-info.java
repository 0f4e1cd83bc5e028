/** The local stack: Vigil's whole pipeline on one machine, started by one command and seeded with demo data. */
@NullMarked
package dev.vigil.localstack;

import org.jspecify.annotations.NullMarked;
