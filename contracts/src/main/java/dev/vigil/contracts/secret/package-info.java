/** Sealing of secret fields that travel on public topics, and redaction of URLs before they reach a log. */
@NullMarked
package dev.vigil.contracts.secret;

import org.jspecify.annotations.NullMarked;
