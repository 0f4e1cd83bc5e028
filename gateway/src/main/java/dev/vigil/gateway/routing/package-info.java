@NullMarked
package dev.vigil.gateway.routing;

import org.jspecify.annotations.NullMarked;
