import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;
import vn.thidua.contracts.EventContracts;

/**
 * What checking one bulk post's events against their contracts costs, four ways, in one JVM: the baseline is
 * the validator with its stock formats on the text, parsed first (the check before ExactFormats and trees);
 * then the same on the parsed tree; then {@link EventContracts#validate(String)} and
 * {@link EventContracts#validate(JsonNode)}, the services' check. Events: the example of every type, and the
 * bulk post's own event (finalized) alone. Figures are medians of the passes after the warm-up ones, printed as
 * ratios to the baseline.
 */
public class ContractCheckBench {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        int warmups = Math.max(1, passes / 3);
        StockValidator stock = new StockValidator();
        List<String> options = java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments();
        say("%s %s, %s; %d validations per pass, %d passes after %d warm-up passes", System.getProperty("java.vm.name"),
                System.getProperty("java.version"), options.isEmpty() ? "default options" : String.join(" ", options),
                size, passes, warmups);
        for (String set : List.of("vn.thidua.evaluation.finalized.v1", "every type")) {
            List<String> types = set.equals("every type") ? EventContracts.eventTypes() : List.of(set);
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                texts.add(EventContracts.example(types.get(i % types.size())));
            }
            List<JsonNode> trees = new ArrayList<>();
            for (String text : texts) {
                trees.add(MAPPER.readTree(text));
            }
            Map<String, ToIntFunction<Integer>> ways = new java.util.LinkedHashMap<>();
            ways.put("stock formats, text parsed first (baseline)", i -> stock.validate(parse(texts.get(i))));
            ways.put("stock formats, tree", i -> stock.validate(trees.get(i)));
            ways.put("EventContracts.validate(text)", i -> EventContracts.validate(texts.get(i)).size());
            ways.put("EventContracts.validate(tree)", i -> EventContracts.validate(trees.get(i)).size());
            Map<String, double[]> times = new HashMap<>();
            ways.keySet().forEach(way -> times.put(way, new double[passes]));
            for (int pass = -warmups; pass < passes; pass++) {
                for (Map.Entry<String, ToIntFunction<Integer>> way : ways.entrySet()) {
                    long started = System.nanoTime();
                    int violations = 0;
                    for (int i = 0; i < size; i++) {
                        violations += way.getValue().applyAsInt(i);
                    }
                    if (violations != 0) {
                        throw new IllegalStateException(way.getKey() + " found " + violations + " violations in "
                                + "the shipped examples");
                    }
                    if (pass >= 0) {
                        times.get(way.getKey())[pass] = (System.nanoTime() - started) / 1e6;
                    }
                }
            }
            double baseline = median(times.get(ways.keySet().iterator().next()));
            for (String way : ways.keySet()) {
                double ms = median(times.get(way));
                say("%s: %-46s %,7.1f ms per %d (%.1f µs each), ratio to the baseline %.2f", set, way, ms, size,
                        ms * 1000 / size, ms / baseline);
            }
        }
    }

    private static JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The validator as EventContracts configured it before ExactFormats: draft 2020-12, its own formats. */
    static final class StockValidator {
        private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true)
                        .locale(Locale.ENGLISH).pathType(PathType.JSON_PATH).build()));
        private final Map<String, Schema> schemas = new HashMap<>();

        int validate(JsonNode envelope) {
            int violations = schema(EventContracts.ENVELOPE_SCHEMA).validate(envelope).size();
            return violations + schema(EventContracts.schemaResource(envelope.get("type").textValue()))
                    .validate(envelope.get("data")).size();
        }

        private Schema schema(String resource) {
            return schemas.computeIfAbsent(resource, name -> {
                try (InputStream in = ContractCheckBench.class.getClassLoader().getResourceAsStream(name)) {
                    Schema schema = registry.getSchema(SchemaLocation.of("classpath:" + name),
                            MAPPER.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                    schema.initializeValidators();
                    return schema;
                } catch (Exception e) {
                    throw new IllegalStateException("cannot read " + name, e);
                }
            });
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static void say(String format, Object... args) {
        System.out.println("[bench] " + String.format(format, args));
    }
}
