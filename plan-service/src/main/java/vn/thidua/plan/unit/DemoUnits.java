package vn.thidua.plan.unit;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.thidua.plan.config.PlanConfig;
import vn.thidua.platform.time.TimeSource;

import java.time.LocalDate;
import java.util.List;

/**
 * Loads a small unit tree into an empty database when {@code thidua.plan.demo-units=true} (the
 * stack and the tests), so tokens for TH-TRAMCHIM2 work right after start-up: the tree of Đồng Tháp before and
 * after the 2025 reorganisation.
 */
@ApplicationScoped
class DemoUnits {

    private static final Logger LOG = Logger.getLogger(DemoUnits.class);
    private static final LocalDate SINCE = LocalDate.of(2020, 1, 1);
    private static final LocalDate DISSOLVED = LocalDate.of(2025, 6, 30);
    private static final LocalDate TWO_TIER = LocalDate.of(2025, 7, 1);

    private final UnitService units;
    private final UnitEventPublisher events;
    private final TimeSource time;
    private final boolean enabled;

    DemoUnits(UnitService units, UnitEventPublisher events, TimeSource time, PlanConfig config) {
        this.units = units;
        this.events = events;
        this.time = time;
        this.enabled = config.demoUnits();
    }

    @Transactional
    void load(@Observes StartupEvent event) {
        if (!enabled || units.count() > 0) {
            return;
        }
        add("DONGTHAP", "Sở Giáo dục và Đào tạo tỉnh Đồng Tháp", UnitLevel.PROVINCE, null);
        // The 2025 reorganisation as data (issue 11): the district offices were dissolved on 30/06/2025 and their
        // primary and lower-secondary schools are under their commune from 01/07/2025, each move kept in the unit's
        // history; records of a school year are reached by the units above the school on its first day.
        add("PGD-TAMNONG", "Phòng Giáo dục và Đào tạo huyện Tam Nông", UnitLevel.OFFICE, "DONGTHAP", SINCE, DISSOLVED);
        List<Unit> tramChim = List.of(
                add("TH-TRAMCHIM2", "Trường Tiểu học Tràm Chim 2", UnitLevel.SCHOOL, "PGD-TAMNONG"),
                add("TH-TRAMCHIM1", "Trường Tiểu học Tràm Chim 1", UnitLevel.SCHOOL, "PGD-TAMNONG"),
                add("THCS-TRAMCHIM", "Trường THCS Thị trấn Tràm Chim", UnitLevel.SCHOOL, "PGD-TAMNONG"));
        // Thị trấn Tràm Chim became xã Tràm Chim on 01/07/2025 [secondary: the Standing Committee's resolution on
        // Đồng Tháp's communes as reported, not read here; cần đối chiếu].
        add("XA-TRAMCHIM", "Ủy ban nhân dân xã Tràm Chim", UnitLevel.COMMUNE, "DONGTHAP", TWO_TIER, null);
        tramChim.forEach(school -> move(school, "XA-TRAMCHIM"));
        // PGD-CAOLANH and TH-HOAAN stay as they were: "another office" in the tests of dated access.
        add("PGD-CAOLANH", "Phòng Giáo dục và Đào tạo thành phố Cao Lãnh", UnitLevel.OFFICE, "DONGTHAP");
        add("TH-HOAAN", "Trường Tiểu học Hòa An", UnitLevel.SCHOOL, "PGD-CAOLANH");
        // An upper-secondary school under the Sở, before and after.
        add("SGD-DONGTHAP", "Sở Giáo dục và Đào tạo (cơ quan chuyên môn thuộc UBND tỉnh Đồng Tháp)",
                UnitLevel.DEPARTMENT, "DONGTHAP");
        add("THPT-TRAMCHIM", "Trường THPT Tràm Chim", UnitLevel.SCHOOL, "SGD-DONGTHAP");
        add("PGD-THANHBINH", "Phòng Giáo dục và Đào tạo huyện Thanh Bình", UnitLevel.OFFICE, "DONGTHAP", SINCE, DISSOLVED);
        Unit school = add("TH-THANHBINH1", "Trường Tiểu học Thanh Bình 1", UnitLevel.SCHOOL, "PGD-THANHBINH");
        add("XA-THANHBINH", "Ủy ban nhân dân xã Thanh Bình", UnitLevel.COMMUNE, "DONGTHAP", TWO_TIER, null);
        move(school, "XA-THANHBINH");
        LOG.info("Loaded the demo unit tree: DONGTHAP › XA-TRAMCHIM › TH-TRAMCHIM2, TH-TRAMCHIM1, THCS-TRAMCHIM "
                + "(until 30/06/2025 under PGD-TAMNONG); DONGTHAP › PGD-CAOLANH › TH-HOAAN; "
                + "DONGTHAP › SGD-DONGTHAP › THPT-TRAMCHIM; "
                + "DONGTHAP › XA-THANHBINH › TH-THANHBINH1 (until 30/06/2025 under PGD-THANHBINH)");
    }

    /** The school under {@code commune} from 01/07/2025, its former parent kept in the history and the event. */
    private void move(Unit school, String commune) {
        String from = school.parentCode;
        school.parentCode = commune;
        UnitHistory.record(school, UnitHistory.Change.MOVED, TWO_TIER, "hệ thống (demo)", time.now());
        events.moved(school, from, TWO_TIER);
    }

    private Unit add(String code, String name, UnitLevel level, String parent) {
        return add(code, name, level, parent, SINCE, null);
    }

    private Unit add(String code, String name, UnitLevel level, String parent, LocalDate from, LocalDate to) {
        Unit unit = new Unit();
        unit.code = code;
        unit.name = name;
        unit.level = level;
        unit.parentCode = parent;
        unit.validFrom = from;
        unit.validTo = to;
        return units.insert(unit, null);
    }
}
