package vn.thidua.award.nomination;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/** The holiday calendar of V19 ({@link Holidays}), read once: its rows change only with a migration. */
@ApplicationScoped
public class HolidayCalendar {

    private volatile Holidays holidays;

    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    Holidays holidays() {
        Holidays known = holidays;
        if (known == null) {
            var em = Panache.getEntityManager();
            List<Holidays.Rule> rules = ((List<Object[]>) em.createNativeQuery(
                    "select month, day, name, valid_from, valid_to from holiday_rule").getResultList()).stream()
                    .map(r -> new Holidays.Rule(((Number) r[0]).intValue(), ((Number) r[1]).intValue(), (String) r[2],
                            day(r[3]), day(r[4]))).toList();
            List<Holidays.Dated> dated = ((List<Object[]>) em.createNativeQuery(
                    "select day, name, kind from holiday_day").getResultList()).stream()
                    .map(r -> new Holidays.Dated(day(r[0]), (String) r[1], "TET".equals(r[2]))).toList();
            known = Holidays.of(rules, dated);
            holidays = known;
        }
        return known;
    }

    /** The {@code days}-th working day after {@code from} under the calendar (tests compare with it). */
    public LocalDate after(LocalDate from, int days) {
        return WorkingDays.after(from, days, holidays());
    }

    private static LocalDate day(Object value) {
        return value == null ? null : value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
