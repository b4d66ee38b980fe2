package vn.thidua.award.nomination;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The holiday calendar the service ships, read from migration V19 itself so the tests and the data cannot drift. */
final class ShippedHolidays {

    private static Holidays calendar;

    private ShippedHolidays() {
    }

    static synchronized Holidays calendar() {
        if (calendar == null) {
            String sql;
            try (InputStream in = ShippedHolidays.class.getResourceAsStream("/db/migration/V19__public_holidays.sql")) {
                sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            List<Holidays.Rule> rules = new ArrayList<>();
            Matcher rule = Pattern.compile("\\((\\d+), (\\d+), '([^']+)', date '(\\d{4}-\\d\\d-\\d\\d)'").matcher(sql);
            while (rule.find()) {
                rules.add(new Holidays.Rule(Integer.parseInt(rule.group(1)), Integer.parseInt(rule.group(2)),
                        rule.group(3), LocalDate.parse(rule.group(4)), null));
            }
            List<Holidays.Dated> days = new ArrayList<>();
            Matcher day = Pattern.compile("\\(date '(\\d{4}-\\d\\d-\\d\\d)', '([^']+)', '(\\w+)'").matcher(sql);
            while (day.find()) {
                days.add(new Holidays.Dated(LocalDate.parse(day.group(1)), day.group(2), "TET".equals(day.group(3))));
            }
            if (rules.size() != 4 || days.size() < 19) {
                throw new IllegalStateException("V19 read wrong: " + rules.size() + " rules, " + days.size() + " days");
            }
            calendar = Holidays.of(rules, days);
        }
        return calendar;
    }
}
