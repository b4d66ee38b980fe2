package vn.thidua.award;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.platform.security.UnitTree;
import vn.thidua.testing.ThiduaTestResource;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The unit tree as award-service reads it: platform's {@link UnitTree} over {@code unit_copy}, kept
 * from the unit events of the real broker. Deciding units, the minutes' governing body, report and
 * tờ trình names all come from here; award-service holds no SQL of its own over the copy.
 */
@QuarkusTest
@QuarkusTestResource(value = ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_award_test"))
class UnitTreeTest {

    @Inject
    UnitTree tree;

    @BeforeAll
    static void units() {
        AwardApi.units();
    }

    @BeforeEach
    void unitTreeKnown() {
        AwardApi.awaitUnitTree();
        // Unit events travel under their own keys, so a school may arrive after another office.
        await().atMost(Duration.ofSeconds(30)).until(() -> tree.lineage("TH-TRAMCHIM2").size() == 3);
    }

    @Test
    void lineageIsTheUnitThenItsAncestorsNearestFirstWithNamesAndLevels() {
        List<UnitTree.Node> lineage = tree.lineage("TH-TRAMCHIM2");
        assertEquals(List.of("TH-TRAMCHIM2", "PGD-TAMNONG", "DONGTHAP"), lineage.stream().map(UnitTree.Node::code).toList());
        assertEquals(List.of("Đơn vị TH-TRAMCHIM2", "Đơn vị PGD-TAMNONG", "Đơn vị DONGTHAP"),
                lineage.stream().map(UnitTree.Node::name).toList());
        assertEquals(List.of("SCHOOL", "OFFICE", "PROVINCE"), lineage.stream().map(UnitTree.Node::level).toList());
        assertEquals(java.util.Arrays.asList("PGD-TAMNONG", "DONGTHAP", null),
                lineage.stream().map(UnitTree.Node::parentCode).toList());
        assertEquals(List.of(new UnitTree.Node("DONGTHAP", "Đơn vị DONGTHAP", "PROVINCE", null)),
                tree.lineage("DONGTHAP"));
    }

    @Test
    void unitAndNamesReadOneUnitAndManyAndLeaveUnknownCodesOut() {
        assertEquals(Optional.of(new UnitTree.Node("PGD-CAOLANH", "Đơn vị PGD-CAOLANH", "OFFICE", "DONGTHAP")),
                tree.unit("PGD-CAOLANH"));
        assertEquals(Map.of("TH-HOAAN", "Đơn vị TH-HOAAN", "DONGTHAP", "Đơn vị DONGTHAP"),
                tree.names(List.of("TH-HOAAN", "DONGTHAP", "TH-KHONGCO")));
        assertEquals(Map.of(), tree.names(List.of()));
    }

    @Test
    void anUnknownCodeIsEmptyEverywhere() {
        assertEquals(List.of(), tree.lineage("TH-KHONGCO"));
        assertEquals(Optional.empty(), tree.unit("TH-KHONGCO"));
        assertEquals(Map.of(), tree.names(List.of("TH-KHONGCO")));
    }
}
