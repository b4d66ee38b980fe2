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

/** The rule set the service ships, read from migration V2 itself so unit tests and the seed cannot drift. */
public final class SeedRules {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static RuleSet seed;

    private SeedRules() {
    }

    public static synchronized RuleSet v2024() {
        if (seed == null) {
            seed = load();
        }
        return seed;
    }

    private static RuleSet load() {
        try (InputStream in = SeedRules.class.getResourceAsStream("/db/migration/V2__rule_sets.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher json = Pattern.compile("'(\\[.*?\\])'", Pattern.DOTALL).matcher(sql);
            List<String> arrays = new ArrayList<>();
            while (json.find()) {
                arrays.add(json.group(1));
            }
            return new RuleSet("2024.1",
                    JSON.readValue(arrays.get(0), new TypeReference<List<RuleSet.LegalDocument>>() { }),
                    LocalDate.of(2024, 1, 1), null,
                    JSON.readValue(arrays.get(1), new TypeReference<List<RuleSet.Parameter>>() { }),
                    JSON.readValue(arrays.get(2), new TypeReference<List<RuleSet.Authority>>() { }),
                    "seed", OffsetDateTime.parse("2024-01-01T00:00:00+07:00"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
