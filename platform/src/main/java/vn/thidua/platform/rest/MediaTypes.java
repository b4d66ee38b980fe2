package vn.thidua.platform.rest;

/** Media types the services produce or accept beyond JAX-RS's own constants. */
public final class MediaTypes {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV = "text/csv";
    public static final String CSV_UTF8 = "text/csv; charset=UTF-8";

    private MediaTypes() {
    }
}
