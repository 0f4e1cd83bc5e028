package dev.vigil.notifier;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** Delivers alerts by email and signed webhook, once per alert and channel. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class NotifierApplication {

    public static void main(String[] args) {
        SpringApplication.run(NotifierApplication.class, args);
    }

    /** One clock for timestamps, signatures and due times. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
