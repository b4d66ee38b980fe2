package vn.thidua.award.rules;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Resolution of layered rule sets: which layers apply to a unit on a day, and where each value comes from. */
class RuleSetLayersTest {

    static RuleSet unitLayer(String version, String unit, String from, String key, Object value) {
        return new RuleSet(version, List.of(new RuleSet.LegalDocument("01/KH", "Quy chế của đơn vị", null)),
                LocalDate.parse(from), null, List.of(new RuleSet.Parameter(key, value, "%", "thử", "Quy chế thử [verify]")),
                List.of(), "test", null, RuleSet.Layer.UNIT, unit);
    }

    @Test
    void theNearestLayerWinsAndEveryParameterNamesItsOrigin() {
        RuleSet office = unitLayer("PGD-TAMNONG-2025.1", "PGD-TAMNONG", "2025-09-01", "cstdcs.maxShareOfLdtt", 20);
        List<RuleSet> all = List.of(SeedRules.v2024(), SeedRules.v2025(), SeedRules.dongThap(), office);
        List<String> rootFirst = List.of("DONGTHAP", "PGD-TAMNONG", "TH-TRAMCHIM2");

        // Before 01/07/2025 no layer is in force: 2024.1 alone.
        assertEquals(List.of(), RuleSets.layers(all, rootFirst, LocalDate.of(2025, 6, 30)));
        // From 01/07/2025 the province's, from 01/09/2025 the office's over it.
        assertEquals(List.of(SeedRules.dongThap()), RuleSets.layers(all, rootFirst, LocalDate.of(2025, 7, 1)));
        List<RuleSet> layers = RuleSets.layers(all, rootFirst, LocalDate.of(2025, 9, 1));
        assertEquals(List.of("DONGTHAP-2025.1", "PGD-TAMNONG-2025.1"), layers.stream().map(RuleSet::version).toList());

        RuleSet resolved = RuleSets.merge(SeedRules.v2025(), layers);
        assertEquals("2025.1+DONGTHAP-2025.1+PGD-TAMNONG-2025.1", resolved.version());
        RuleSet.Parameter share = resolved.parameter("cstdcs.maxShareOfLdtt");
        assertEquals(20, share.value());
        assertEquals(RuleSet.Layer.UNIT, share.layer());
        assertEquals("PGD-TAMNONG-2025.1", share.layerVersion());
        RuleSet.Parameter quorum = resolved.parameter("council.quorum");
        assertEquals(RuleSet.Layer.PROVINCE, quorum.layer());
        RuleSet.Parameter maternity = resolved.parameter("ldtt.maternityCountsAsWork");
        assertEquals(RuleSet.Layer.NATIONAL, maternity.layer());
        assertEquals("2025.1", maternity.layerVersion());
        assertTrue(maternity.isVerified());
        // The layers' legal bases join the national ones; the national authority table stays.
        assertTrue(resolved.legalBasis().stream().anyMatch(d -> d.title().contains("Đồng Tháp")));
        assertEquals(SeedRules.v2025().authority(), resolved.authority());
        // A school of another province gets no Đồng Tháp layer.
        assertEquals(List.of(), RuleSets.layers(all, List.of("ANGIANG", "TH-X"), LocalDate.of(2025, 9, 1)));
    }

    @Test
    void theShippedSetsAreCompleteAndTheirTagsBecomeVerifiedFlags() {
        assertEquals(List.of(), SeedRules.v2025().problems().stream().map(p -> p[0] + ": " + p[1]).toList());
        assertFalse(SeedRules.v2025().find("cstdcs.maxShareOfLdtt").isPresent(), "NĐ 152/2025 sets no ratio");
        assertEquals(List.of(), RuleParameters.problems(SeedRules.dongThap().parameters(), false).stream()
                .map(p -> p[0] + ": " + p[1]).toList());
        for (RuleSet set : List.of(SeedRules.v2025(), SeedRules.dongThap())) {
            for (RuleSet.Parameter p : set.parameters()) {
                assertTrue(p.verified() != null, p.key() + " states whether it was verified");
                assertTrue(p.source().contains("[") || p.source().contains("hệ thống"),
                        p.key() + " carries its tag: " + p.source());
                // Verified exactly when every part of its source was read in the legal text.
                boolean onlyText = p.source().contains("[text]") && !p.source().contains("[verify")
                        && !p.source().contains("[secondary");
                assertEquals(onlyText, p.isVerified(), p.key() + ": " + p.source());
            }
            assertTrue(set.parameters().stream().noneMatch(p -> set.layer() != RuleSet.Layer.NATIONAL
                    && RuleParameters.nationalOnly(p.key())), "a layer never sets what evaluation-service applies");
        }
    }
}
