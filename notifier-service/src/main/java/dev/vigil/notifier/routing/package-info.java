/** Fans each committed alert out into one delivery task per channel that should receive it. */
@NullMarked
package dev.vigil.notifier.routing;

import org.jspecify.annotations.NullMarked;
