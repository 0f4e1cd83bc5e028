@NullMarked
package dev.vigil.analytics;

import org.jspecify.annotations.NullMarked;
