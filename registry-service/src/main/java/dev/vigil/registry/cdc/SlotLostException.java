package dev.vigil.registry.cdc;

/**
 * The replication slot no longer holds the changes the registry has not published yet; streaming on would skip them
 * silently, so the engine stays stopped until an operator decides.
 */
final class SlotLostException extends RuntimeException {

    SlotLostException(String message) {
        super(message);
    }
}
