package vn.thidua.award.nomination;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thidua.award.rules.Title;
import vn.thidua.testing.ThiduaTestResource;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tiền thưởng under each regime, read from the dated tables (prize_rule, base_salary) in PostgreSQL: the multiple of
 * the regime the item is decided under (the day the deciding unit received it; NĐ 152/2025 Điều 60 khoản 3), the
 * base salary of the decision day. Each row names its source and whether that source was read in the text.
 */
@QuarkusTest
@QuarkusTestResource(value = ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_award_test"))
class PrizeRegimesTest {

    @Inject
    Prizes prizes;

    @ParameterizedTest(name = "{0} collective={1} received {2} decided {3} → {4}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // title | collective | regime day | decision day | amount | multiple | base | source contains | verified
        "LDTT|false|2025-07-01|2025-07-10|710000|0.3|2340000|152/2025/NĐ-CP, Điều 49–54 [text]|false",
        "BANG_KHEN|false|2025-07-01|2025-07-10|3510000|1.5|2340000|152/2025/NĐ-CP, Điều 49–54 [text]|false",
        "BANG_KHEN|true|2025-07-01|2025-07-10|7020000|3.0|2340000|tập thể gấp đôi|false",
        // Received before 01/07/2025, decided after: NĐ 98/2023's multiple, today's base salary [verify].
        "LDTT|false|2025-06-20|2025-07-10|710000|0.3|2340000|98/2023/NĐ-CP|false",
        "BANG_KHEN|false|2025-06-20|2025-07-10|2340000|1.0|2340000|98/2023/NĐ-CP|false",
        "BANG_KHEN|true|2025-06-20|2025-07-10|4680000|2.0|2340000|98/2023/NĐ-CP|false",
        "GIAY_KHEN|true|2025-06-20|2025-06-25|1410000|0.6|2340000|98/2023/NĐ-CP|false",
        "TTLDXS|true|2025-06-30|2025-06-30|3510000|1.5|2340000|98/2023/NĐ-CP|false",
        // Before 01/07/2024 the base salary was 1.800.000 đ (NĐ 24/2023 [verify]).
        "LDTT|false|2024-03-01|2024-03-01|540000|0.3|1800000|Nghị định 24/2023/NĐ-CP|false",
        "TTLDTT|true|2024-05-01|2024-05-01|1440000|0.8|1800000|98/2023/NĐ-CP|false",
        "CSTDCS|false|2024-06-30|2024-07-01|2340000|1.0|2340000|Nghị định 73/2024/NĐ-CP|false",
        // Not recorded: before Luật 2022 (NĐ 91/2017), and CSTĐ toàn quốc under either decree.
        "LDTT|false|2023-06-01|2023-06-01|-|-|-|-|false",
        "CSTD_TQ|false|2025-08-01|2025-08-01|-|-|-|-|false",
    })
    void theMultipleOfTheRegimeTimesTheBaseSalaryOfTheDecisionDay(Title title, boolean collective, LocalDate regime,
            LocalDate decided, Long amount, BigDecimal multiple, Long base, String source, boolean verified) {
        Prizes.Prize prize = prizes.of(title, collective, regime, decided);
        assertEquals(amount, prize.amount(), prize.basis());
        assertEquals(verified, prize.verified());
        if (amount == null) {
            assertNull(prize.multiple());
            assertTrue(prize.basis().contains("Chưa có mức thưởng"), prize.basis());
            return;
        }
        assertEquals(0, multiple.compareTo(prize.multiple()), prize.basis());
        assertEquals(base, prize.baseSalary());
        assertTrue(prize.source().contains(source), prize.source());
        assertTrue(prize.basis().contains("cần đối chiếu"), "an unverified source says so: " + prize.basis());
        if (prize.source().contains("98/2023")) {
            assertTrue(prize.source().contains("[verify]"), prize.source());
        }
    }
}
