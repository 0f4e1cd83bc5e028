package dev.vigil.registry.channel;

import dev.vigil.contracts.channel.ChannelKind;
import dev.vigil.contracts.channel.ChannelTarget;
import dev.vigil.contracts.channel.SigningSecret;
import dev.vigil.contracts.channel.WebhookPreset;
import dev.vigil.registry.RegistryProperties;
import dev.vigil.registry.egress.PublicTargets;
import dev.vigil.registry.web.ContractErrors;
import dev.vigil.registry.web.FieldError;
import dev.vigil.registry.web.InvalidRequestException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/** Validates a channel request, collecting every fault, and builds the contract target it describes. */
@Component
class ChannelFactory {

    private final int maxNameLength;
    private final PublicTargets publicTargets;

    ChannelFactory(RegistryProperties properties, PublicTargets publicTargets) {
        this.maxNameLength = properties.monitors().maxNameLength();
        this.publicTargets = publicTargets;
    }

    void validate(ChannelRequest request) {
        List<FieldError> errors = new ArrayList<>();
        String name = request.name();
        if (name == null || name.isBlank() || name.codePointCount(0, name.length()) > maxNameLength) {
            errors.add(new FieldError("name", "must be 1 to " + maxNameLength + " characters, not blank"));
        }
        if (request.alertTypes() != null && request.alertTypes().stream().anyMatch(Objects::isNull)) {
            errors.add(new FieldError("alertTypes", "must not contain null"));
        }
        if (request.kind() == null) {
            errors.add(new FieldError("kind", "is required: email or webhook"));
        } else if (request.kind() == ChannelKind.EMAIL) {
            onlyFor(request.url() == null, "url", "email", errors);
            onlyFor(request.preset() == null, "preset", "email", errors);
            if (request.address() == null) {
                errors.add(new FieldError("address", "is required for email channels"));
            }
        } else {
            onlyFor(request.address() == null, "address", "webhook", errors);
            if (request.url() == null) {
                errors.add(new FieldError("url", "is required for webhook channels"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    /** @param sealedSecret the first signing secret of a webhook, ignored for email */
    ChannelTarget target(ChannelRequest request, String sealedSecret) {
        ChannelTarget target;
        try {
            target = request.kind() == ChannelKind.EMAIL
                    ? new ChannelTarget.Email(request.address())
                    : new ChannelTarget.Webhook(request.url(),
                            request.preset() == null ? WebhookPreset.GENERIC : request.preset(),
                            List.of(new SigningSecret(sealedSecret, null)));
        } catch (IllegalArgumentException refused) {
            throw new InvalidRequestException(List.of(ContractErrors.toFieldError(refused, "")));
        }
        if (target instanceof ChannelTarget.Webhook webhook) {
            publicTargets.requirePublic("url", URI.create(webhook.url()).getHost());
        }
        return target;
    }

    private static void onlyFor(boolean absent, String field, String kind, List<FieldError> errors) {
        if (!absent) {
            errors.add(new FieldError(field, "does not apply to " + kind + " channels"));
        }
    }
}
