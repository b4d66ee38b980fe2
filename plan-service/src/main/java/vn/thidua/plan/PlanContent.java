package vn.thidua.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One numbered emulation content (nội dung thi đua); the number is kept as written. */
@Embeddable
public class PlanContent {

    @Column(nullable = false)
    public String number;

    @Column(nullable = false)
    public String text;

    public PlanContent() {
    }

    public PlanContent(String number, String text) {
        this.number = number;
        this.text = text;
    }
}
