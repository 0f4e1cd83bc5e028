/** How the console's overview holds up when one person has a thousand monitors. */
@NullMarked
package dev.vigil.bench.console;

import org.jspecify.annotations.NullMarked;
