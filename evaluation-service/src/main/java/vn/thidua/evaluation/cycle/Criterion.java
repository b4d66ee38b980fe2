package vn.thidua.evaluation.cycle;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One criterion of a cycle: a numbered content of the plan, or a standard criterion of the office. */
@Embeddable
public class Criterion {

    public enum Source { PLAN, STANDARD }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Source source;

    @Column(nullable = false)
    public String number;

    @Column(nullable = false)
    public String text;

    public Criterion() {
    }

    public Criterion(Source source, String number, String text) {
        this.source = source;
        this.number = number;
        this.text = text;
    }
}
