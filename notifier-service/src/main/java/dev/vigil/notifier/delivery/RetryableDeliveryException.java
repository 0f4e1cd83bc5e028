package dev.vigil.notifier.delivery;

/** Thrown to move a task to the next retry topic; the delivery log already says why and when. */
class RetryableDeliveryException extends RuntimeException {

    RetryableDeliveryException(String message) {
        super(message);
    }
}
