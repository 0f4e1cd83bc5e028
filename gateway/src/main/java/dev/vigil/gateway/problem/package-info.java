@NullMarked
package dev.vigil.gateway.problem;

import org.jspecify.annotations.NullMarked;
