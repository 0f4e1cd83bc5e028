@NullMarked
package dev.vigil.registry.channel;

import org.jspecify.annotations.NullMarked;
