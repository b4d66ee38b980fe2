package vn.thidua.platform.events;

/** An event that can never be applied; it goes to the dead-letter topic with this message as reason. */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message) {
        super(message);
    }

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
