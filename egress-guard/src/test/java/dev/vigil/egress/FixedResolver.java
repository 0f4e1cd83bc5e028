package dev.vigil.egress;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Answers host names from a fixed map and records what it was asked, standing in for DNS. */
final class FixedResolver implements HostResolver {

    private final Map<String, List<InetAddress>> answers;
    private final List<String> queries = new ArrayList<>();

    FixedResolver(Map<String, List<InetAddress>> answers) {
        this.answers = answers;
    }

    /** A resolver that must never be asked, for hosts the guard has to handle itself. */
    static HostResolver unreachable() {
        return host -> {
            throw new AssertionError("resolver asked for '" + host + "'");
        };
    }

    @Override
    public List<InetAddress> resolve(String host) throws UnknownHostException {
        queries.add(host);
        List<InetAddress> answer = answers.get(host);
        if (answer == null) {
            throw new UnknownHostException(host);
        }
        return answer;
    }

    List<String> queries() {
        return queries;
    }
}
