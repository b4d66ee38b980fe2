package vn.thidua.award.nomination;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.thidua.award.rules.Title;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Tiền thưởng of a decided item: the title's multiple (prize_rule, by recipient and date) of the base salary in
 * force on the decision date (base_salary), rounded up to 10.000 đ (NĐ 152/2025 Điều 49–54 [text]). The multiple is
 * that of the regime the item is decided under: the day the deciding unit received it, else the decision date
 * (NĐ 152/2025 Điều 60 khoản 3 [text]: a dossier received before 01/07/2025 is decided under NĐ 98/2023).
 */
@ApplicationScoped
class Prizes {

    /**
     * The amount (null when no multiple or base salary is recorded for the day) and how it was computed: the
     * multiple, the base salary, their sources, and whether both are verified.
     */
    record Prize(Long amount, String basis, BigDecimal multiple, Long baseSalary, String source, boolean verified) {
    }

    private static final BigDecimal STEP = BigDecimal.valueOf(10_000);

    private final EntityManager em;

    Prizes(EntityManager em) {
        this.em = em;
    }

    /** {@code regimeDay} picks the multiple, {@code decisionDay} the base salary. */
    Prize of(Title award, boolean collective, LocalDate regimeDay, LocalDate decisionDay) {
        List<?> rule = em.createNativeQuery("""
                select multiple, source, verified from prize_rule where title = ?1 and collective = ?2
                  and valid_from <= ?3 and (valid_to is null or valid_to >= ?3) order by valid_from desc limit 1""")
                .setParameter(1, award.name()).setParameter(2, collective).setParameter(3, regimeDay).getResultList();
        List<?> salary = em.createNativeQuery("""
                select amount, source, verified from base_salary where valid_from <= ?1 order by valid_from desc limit 1""")
                .setParameter(1, decisionDay).getResultList();
        if (rule.isEmpty() || salary.isEmpty()) {
            return new Prize(null, "Chưa có mức thưởng (ngày " + regimeDay + ") hoặc lương cơ sở (ngày " + decisionDay
                    + ") được ghi nhận (no prize rule or base salary recorded for that day)", null, null, null, false);
        }
        Object[] r = (Object[]) rule.get(0);
        Object[] s = (Object[]) salary.get(0);
        BigDecimal multiple = (BigDecimal) r[0];
        long base = ((Number) s[0]).longValue();
        long amount = amount(multiple, base);
        String source = r[1] + "; " + s[1];
        boolean verified = Boolean.TRUE.equals(r[2]) && Boolean.TRUE.equals(s[2]);
        return new Prize(amount, format(multiple) + " × " + money(base) + " (lương cơ sở) = " + money(amount)
                + ", làm tròn lên 10.000 đ; " + source + (verified ? "" : " (cần đối chiếu)"), multiple, base, source,
                verified);
    }

    /** {@code multiple} × {@code base}, rounded up to 10.000 đ. */
    static long amount(BigDecimal multiple, long base) {
        return multiple.multiply(BigDecimal.valueOf(base)).divide(STEP, 0, RoundingMode.CEILING).multiply(STEP)
                .longValueExact();
    }

    static String money(long amount) {
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi")).format(amount) + " đ";
    }

    private static String format(BigDecimal multiple) {
        return multiple.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    static Optional<Long> sum(List<Nomination> items) {
        return items.stream().map(n -> n.prizeAmount).filter(java.util.Objects::nonNull).reduce(Long::sum);
    }
}
