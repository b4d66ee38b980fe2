package vn.thidua.award.rules;

/** Danh hiệu thi đua and hình thức khen thưởng, with the codes of the events (DESIGN.md, "Rules are data"). */
public enum Title {
    LDTT("Lao động tiên tiến"),
    CSTDCS("Chiến sĩ thi đua cơ sở"),
    CSTD_TINH("Chiến sĩ thi đua cấp tỉnh"),
    CSTD_TQ("Chiến sĩ thi đua toàn quốc"),
    TTLDTT("Tập thể lao động tiên tiến"),
    TTLDXS("Tập thể lao động xuất sắc"),
    CO_THI_DUA("Cờ thi đua"),
    GIAY_KHEN("Giấy khen"),
    BANG_KHEN("Bằng khen"),
    KY_NIEM_CHUONG("Kỷ niệm chương");

    public final String label;

    Title(String label) {
        this.label = label;
    }
}
