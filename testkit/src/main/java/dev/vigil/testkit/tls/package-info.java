/** A throwaway certificate authority for TLS targets in tests and in the local stack's demo. */
@NullMarked
package dev.vigil.testkit.tls;

import org.jspecify.annotations.NullMarked;
