/** The whole mission, end to end: every test talks to the running system only as a user or a downstream team would. */
@NullMarked
package dev.vigil.e2e;

import org.jspecify.annotations.NullMarked;
