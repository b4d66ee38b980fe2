package vn.thidua.award.rules;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule sets the service ships, read from the migrations themselves so unit tests and the seed cannot drift:
 * 2024.1 (V2, Luật 2022 with NĐ 98/2023), 2025.1 (V9, with NĐ 152/2025) and the Đồng Tháp layer DONGTHAP-2025.1,
 * both national sets with the Bằng khen and Cờ thi đua parameters V20 appends.
 */
public final class SeedRules {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static RuleSet seed;
    private static List<RuleSet> layered;

    private SeedRules() {
    }

    public static synchronized RuleSet v2024() {
        if (seed == null) {
            seed = load();
        }
        return seed;
    }

    /** The national set under NĐ 152/2025, from 01/07/2025. */
    public static RuleSet v2025() {
        return layered().get(0);
    }

    /** The Đồng Tháp province layer from 01/07/2025. */
    public static RuleSet dongThap() {
        return layered().get(1);
    }

    /** What a Đồng Tháp school resolves to from 01/07/2025: 2025.1 with the province layer over it. */
    public static RuleSet dongThap2025() {
        return RuleSets.merge(v2025(), List.of(dongThap()));
    }

    /** {@code national} with {@code layers} over it, as RuleSets resolves them (tests outside this package). */
    public static RuleSet merged(RuleSet national, List<RuleSet> layers) {
        return RuleSets.merge(national, layers);
    }

    /** 2025.1 alone, each parameter naming its layer (what a unit outside any province layer resolves to). */
    public static RuleSet national2025() {
        return RuleSets.merge(v2025(), List.of());
    }

    private static synchronized List<RuleSet> layered() {
        if (layered == null) {
            try {
                List<String> arrays = arrays("/db/migration/V9__rule_set_layers.sql");
                List<RuleSet.Parameter> honours = honours(1);
                OffsetDateTime at = OffsetDateTime.parse("2025-07-01T00:00:00+07:00");
                layered = List.of(
                        new RuleSet("2025.1", JSON.readValue(arrays.get(0), new TypeReference<List<RuleSet.LegalDocument>>() { }),
                                LocalDate.of(2025, 7, 1), null, concat(JSON.readValue(arrays.get(1), new TypeReference<List<RuleSet.Parameter>>() { }), honours),
                                JSON.readValue(arrays.get(2), new TypeReference<List<RuleSet.Authority>>() { }), "seed", at),
                        new RuleSet("DONGTHAP-2025.1", JSON.readValue(arrays.get(3), new TypeReference<List<RuleSet.LegalDocument>>() { }),
                                LocalDate.of(2025, 7, 1), null, JSON.readValue(arrays.get(4), new TypeReference<List<RuleSet.Parameter>>() { }),
                                JSON.readValue(arrays.get(5), new TypeReference<List<RuleSet.Authority>>() { }), "seed", at,
                                RuleSet.Layer.PROVINCE, "DONGTHAP"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return layered;
    }

    private static List<String> arrays(String resource) throws IOException {
        try (InputStream in = SeedRules.class.getResourceAsStream(resource)) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher json = Pattern.compile("'(\\[.*?\\])'", Pattern.DOTALL).matcher(sql);
            List<String> arrays = new ArrayList<>();
            while (json.find()) {
                arrays.add(json.group(1));
            }
            return arrays;
        }
    }

    /** The Bằng khen and Cờ thi đua parameters V20 appends: 0 to 2024.1, 1 to 2025.1. */
    private static List<RuleSet.Parameter> honours(int index) throws IOException {
        return JSON.readValue(arrays("/db/migration/V20__bang_khen_co_thi_dua.sql").get(index),
                new TypeReference<List<RuleSet.Parameter>>() { });
    }

    private static List<RuleSet.Parameter> concat(List<RuleSet.Parameter> first, List<RuleSet.Parameter> more) {
        List<RuleSet.Parameter> all = new ArrayList<>(first);
        all.addAll(more);
        return all;
    }

    private static RuleSet load() {
        try {
            List<String> arrays = arrays("/db/migration/V2__rule_sets.sql");
            return new RuleSet("2024.1",
                    JSON.readValue(arrays.get(0), new TypeReference<List<RuleSet.LegalDocument>>() { }),
                    LocalDate.of(2024, 1, 1), null,
                    concat(JSON.readValue(arrays.get(1), new TypeReference<List<RuleSet.Parameter>>() { }), honours(0)),
                    JSON.readValue(arrays.get(2), new TypeReference<List<RuleSet.Authority>>() { }),
                    "seed", OffsetDateTime.parse("2024-01-01T00:00:00+07:00"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
