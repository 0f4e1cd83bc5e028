package dev.vigil.egress;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** The one DNS lookup the guard makes, pluggable so tests can answer a name with chosen addresses. */
@FunctionalInterface
public interface HostResolver {

    /** Resolves a host name (never a numeric literal: the guard parses those itself). */
    List<InetAddress> resolve(String host) throws UnknownHostException;

    /** The JVM's resolver (OS resolver, /etc/hosts, JVM DNS cache). */
    static HostResolver system() {
        return host -> List.of(InetAddress.getAllByName(host));
    }
}
