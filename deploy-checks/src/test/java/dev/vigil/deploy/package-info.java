/** Checks of the deployment artefacts (Helm chart, docker compose) against the build they deploy. */
@NullMarked
package dev.vigil.deploy;

import org.jspecify.annotations.NullMarked;
