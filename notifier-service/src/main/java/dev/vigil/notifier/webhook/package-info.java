/** Signed CloudEvents webhooks (or Slack/Teams presets) posted through the SSRF guard, and the receivers' verifier. */
@NullMarked
package dev.vigil.notifier.webhook;

import org.jspecify.annotations.NullMarked;
