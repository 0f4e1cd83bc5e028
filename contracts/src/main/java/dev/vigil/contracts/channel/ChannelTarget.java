package dev.vigil.contracts.channel;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.vigil.contracts.Require;
import dev.vigil.contracts.secret.Sealer;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

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

  /**
   * Alerts posted to a URL, signed with every active secret so receivers can verify them across a rotation. A chat
   * webhook URL (Slack, Teams) is itself the credential: then {@code url} is only its display form (host and masked
   * path) and {@code sealedUrl} the real one, sealed with the channel key ({@link SecretSealer}) that only the
   * registry and the notifier hold. Channels published before sealing existed carry the real URL in {@code url} and
   * no {@code sealedUrl}.
   */
  record Webhook(String url, WebhookPreset preset, List<SigningSecret> signingSecrets, @Nullable String sealedUrl)
      implements ChannelTarget {

    public Webhook {
      Require.httpUrl(url, "url");
      Require.present(preset, "preset");
      signingSecrets = Require.listOrEmpty(signingSecrets);
      Require.that(!signingSecrets.isEmpty(), "'signingSecrets' must hold at least one secret");
      Require.that(sealedUrl == null || Sealer.isSealed(sealedUrl), "'sealedUrl' must be in the sealed form");
    }

    /** A webhook whose URL is not a credential, so it travels as it is. */
    public Webhook(String url, WebhookPreset preset, List<SigningSecret> signingSecrets) {
      this(url, preset, signingSecrets, null);
    }

    /** The same webhook with other signing secrets, as a rotation makes it. */
    public Webhook withSigningSecrets(List<SigningSecret> secrets) {
      return new Webhook(url, preset, secrets, sealedUrl);
    }

    @Override
    public ChannelKind kind() {
      return ChannelKind.WEBHOOK;
    }
  }
}
