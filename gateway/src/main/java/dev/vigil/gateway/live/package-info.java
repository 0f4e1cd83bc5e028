@NullMarked
package dev.vigil.gateway.live;

import org.jspecify.annotations.NullMarked;
