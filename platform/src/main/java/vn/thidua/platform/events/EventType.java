package vn.thidua.platform.events;

/**
 * One kind of event: its CloudEvents {@code type} and the topic it travels on.
 * The type string is {@code vn.thidua.<aggregate>.<name>.v<version>}.
 */
public record EventType(String aggregate, String name, int version, String topic) {

    public String type() {
        return "vn.thidua." + aggregate + "." + name + ".v" + version;
    }

    @Override
    public String toString() {
        return type();
    }
}
