package dev.vigil.bench.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The shared target of the probe and whole-system benchmarks: nginx on a free loopback port answering every request with a two-byte 200, no access log. */
public final class Nginx implements AutoCloseable {

    private final Child process;
    private final int port;

    private Nginx(Child process, int port) {
        this.process = process;
        this.port = port;
    }

    public static Nginx start(Path directory) throws IOException {
        int port = Scrape.freePort();
        Files.createDirectories(directory.resolve("logs"));
        Path config = directory.resolve("nginx.conf");
        Files.writeString(config, """
                worker_processes 1;
                daemon off;
                pid %1$s/nginx.pid;
                error_log %1$s/logs/error.log warn;
                events { worker_connections 8192; }
                http {
                  access_log off;
                  client_body_temp_path %1$s/body;
                  proxy_temp_path %1$s/proxy;
                  fastcgi_temp_path %1$s/fastcgi;
                  uwsgi_temp_path %1$s/uwsgi;
                  scgi_temp_path %1$s/scgi;
                  server {
                    listen 127.0.0.1:%2$d;
                    location / { return 200 "ok"; }
                  }
                }
                """.formatted(directory.toAbsolutePath(), port));
        Child nginx = Child.start(List.of("nginx", "-p", directory.toAbsolutePath().toString(), "-c",
                config.toAbsolutePath().toString()), directory.resolve("logs/nginx.out"));
        return new Nginx(nginx, port);
    }

    public String url() {
        return "http://127.0.0.1:" + port + "/";
    }

    @Override
    public void close() {
        process.close();
    }
}
