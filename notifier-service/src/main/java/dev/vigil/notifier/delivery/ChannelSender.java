package dev.vigil.notifier.delivery;

import dev.vigil.contracts.alert.Alert;
import dev.vigil.contracts.channel.Channel;
import dev.vigil.contracts.channel.ChannelKind;

/** Makes one attempt to deliver an alert over one kind of channel; never throws for a receiver's failure. */
public interface ChannelSender {

    ChannelKind kind();

    /** Messages are identified by the alert id on every attempt, so receivers can drop repeats. */
    SendResult send(Alert alert, Channel channel);
}
