/** The web console: server-rendered pages over the public API, signed in through Keycloak, live over SSE. */
@NullMarked
package dev.vigil.console;

import org.jspecify.annotations.NullMarked;
