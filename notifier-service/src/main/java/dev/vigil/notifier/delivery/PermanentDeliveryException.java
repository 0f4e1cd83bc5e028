package dev.vigil.notifier.delivery;

/** Thrown to send a task straight to the dead-letter topic; the delivery log already records it as failed. */
class PermanentDeliveryException extends RuntimeException {

    PermanentDeliveryException(String message) {
        super(message);
    }
}
