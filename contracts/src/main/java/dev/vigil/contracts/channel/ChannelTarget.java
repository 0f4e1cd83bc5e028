package dev.vigil.contracts.channel;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.vigil.contracts.Require;
import java.util.List;
import java.util.regex.Pattern;

/** Where a channel sends alerts; one type per channel kind, so an email channel cannot carry a webhook URL. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ChannelTarget.Email.class, name = "email"),
    @JsonSubTypes.Type(value = ChannelTarget.Webhook.class, name = "webhook")})
public sealed interface ChannelTarget {

  ChannelKind kind();

  /** Alerts mailed to one address. */
  record Email(String address) implements ChannelTarget {

    /** Deliberately loose: whether an address really takes mail only the mail server can tell. */
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+");

    public Email {
      Require.text(address, "address");
      Require.that(ADDRESS.matcher(address).matches(), "'address' must be an email address, was '" + address + "'");
    }

    @Override
    public ChannelKind kind() {
      return ChannelKind.EMAIL;
    }
  }

  /** Alerts posted to a URL, signed with every active secret so receivers can verify them across a rotation. */
  record Webhook(String url, WebhookPreset preset, List<SigningSecret> signingSecrets) implements ChannelTarget {

    public Webhook {
      Require.httpUrl(url, "url");
      Require.present(preset, "preset");
      signingSecrets = Require.listOrEmpty(signingSecrets);
      Require.that(!signingSecrets.isEmpty(), "'signingSecrets' must hold at least one secret");
    }

    @Override
    public ChannelKind kind() {
      return ChannelKind.WEBHOOK;
    }
  }
}
