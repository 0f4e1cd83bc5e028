package dev.vigil.registry.api;

/**
 * Properties for tests of the API alone: the CDC engine stays off (it would publish and delete the outbox rows
 * these tests assert on) and no topics are created on a Kafka that these tests do not start.
 */
public final class WithoutKafka {

    public static final String CDC_OFF = "vigil.registry.cdc.enabled=false";
    public static final String NO_TOPIC_CREATION = "spring.kafka.admin.auto-create=false";

    private WithoutKafka() {
    }
}
