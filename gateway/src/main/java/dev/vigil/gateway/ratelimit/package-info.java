@NullMarked
package dev.vigil.gateway.ratelimit;

import org.jspecify.annotations.NullMarked;
