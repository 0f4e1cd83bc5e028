@NullMarked
package dev.vigil.egress;

import org.jspecify.annotations.NullMarked;
