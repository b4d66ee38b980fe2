package vn.thidua.plan.unit;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.thidua.plan.config.PlanConfig;

import java.time.LocalDate;

/**
 * Loads a small unit tree into an empty database when {@code thidua.plan.demo-units=true} (the
 * stack and the tests), so tokens for TH-TRAMCHIM2 work right after start-up.
 */
@ApplicationScoped
class DemoUnits {

    private static final Logger LOG = Logger.getLogger(DemoUnits.class);
    private static final LocalDate SINCE = LocalDate.of(2020, 1, 1);

    private final UnitService units;
    private final boolean enabled;

    DemoUnits(UnitService units, PlanConfig config) {
        this.units = units;
        this.enabled = config.demoUnits();
    }

    @Transactional
    void load(@Observes StartupEvent event) {
        if (!enabled || units.count() > 0) {
            return;
        }
        add("DONGTHAP", "Sở Giáo dục và Đào tạo tỉnh Đồng Tháp", UnitLevel.PROVINCE, null);
        add("PGD-TAMNONG", "Phòng Giáo dục và Đào tạo huyện Tam Nông", UnitLevel.OFFICE, "DONGTHAP");
        add("TH-TRAMCHIM2", "Trường Tiểu học Tràm Chim 2", UnitLevel.SCHOOL, "PGD-TAMNONG");
        add("TH-TRAMCHIM1", "Trường Tiểu học Tràm Chim 1", UnitLevel.SCHOOL, "PGD-TAMNONG");
        add("THCS-TRAMCHIM", "Trường THCS Thị trấn Tràm Chim", UnitLevel.SCHOOL, "PGD-TAMNONG");
        add("PGD-CAOLANH", "Phòng Giáo dục và Đào tạo thành phố Cao Lãnh", UnitLevel.OFFICE, "DONGTHAP");
        add("TH-HOAAN", "Trường Tiểu học Hòa An", UnitLevel.SCHOOL, "PGD-CAOLANH");
        LOG.info("Loaded the demo unit tree: DONGTHAP › PGD-TAMNONG › TH-TRAMCHIM2, TH-TRAMCHIM1, THCS-TRAMCHIM; "
                + "DONGTHAP › PGD-CAOLANH › TH-HOAAN");
    }

    private void add(String code, String name, UnitLevel level, String parent) {
        Unit unit = new Unit();
        unit.code = code;
        unit.name = name;
        unit.level = level;
        unit.parentCode = parent;
        unit.validFrom = SINCE;
        units.insert(unit, null);
    }
}
