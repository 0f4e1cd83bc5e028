package dev.vigil.scheduler.schedule;

import dev.vigil.contracts.probe.ProbeRequest;

/**
 * Where the scheduling thread hands its requests. An implementation must return at once, whatever the state of its
 * transport: a scheduling thread that waits makes every other monitor late.
 */
public interface ProbeRequestSink {

    void send(ProbeRequest request);
}
