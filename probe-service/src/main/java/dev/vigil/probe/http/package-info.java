/**
 * A small HTTP/1.1 client written for probing: one fresh connection per request through the guarded dialer, every
 * phase timed, bodies read up to a limit, each redirect hop dialled (and so checked) on its own.
 */
@NullMarked
package dev.vigil.probe.http;

import org.jspecify.annotations.NullMarked;
