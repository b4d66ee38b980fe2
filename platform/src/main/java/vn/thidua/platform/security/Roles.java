package vn.thidua.platform.security;

/** The roles carried in a token's {@code groups} claim (see DESIGN.md, "Who uses it"). */
public final class Roles {

    public static final String DISTRICT = "district";
    public static final String PRINCIPAL = "principal";
    public static final String COUNCIL = "council";
    public static final String GROUP_LEAD = "group_lead";
    public static final String STAFF = "staff";
    public static final String SCHOOL_APP = "school_app";
    public static final String VIEWER = "viewer";
    /** Runs the services, not the movement: the outbox's parked rows (OutboxParkingResource). No unit scope. */
    public static final String OPERATOR = "operator";

    private Roles() {
    }
}
