@NullMarked
package dev.vigil.registry.egress;

import org.jspecify.annotations.NullMarked;
