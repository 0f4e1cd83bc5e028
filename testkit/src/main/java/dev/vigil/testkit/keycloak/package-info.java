/**
 * The real Keycloak server for tests and the local stack: the distribution Maven resolved, unpacked
 * and built once into a cache, started per JVM with Vigil's realm and its demo users.
 */
@NullMarked
package dev.vigil.testkit.keycloak;

import org.jspecify.annotations.NullMarked;
