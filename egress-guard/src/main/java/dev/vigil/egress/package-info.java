/**
 * SSRF guard shared by every service that dials a user-supplied target: resolves a host once, refuses
 * internal and reserved addresses, and hands back only the addresses that may be dialled.
 */
@NullMarked
package dev.vigil.egress;

import org.jspecify.annotations.NullMarked;
