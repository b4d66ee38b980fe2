package vn.thidua.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

class EventContractsTest {

    private static final Path CONTRACTS = Path.of("src/main/resources/contracts");

    // The types DESIGN.md names; the index may grow but must never lose one.
    private static final List<String> REQUIRED_TYPES = List.of(
            "vn.thidua.unit.upserted.v1", "vn.thidua.unit.moved.v1",
            "vn.thidua.plan.published.v1", "vn.thidua.plan.amended.v1",
            "vn.thidua.plan.phase-changed.v1", "vn.thidua.plan.withdrawn.v1",
            "vn.thidua.evaluation.registration-submitted.v1", "vn.thidua.evaluation.finalized.v1",
            "vn.thidua.evaluation.reopened.v1",
            "vn.thidua.award.eligibility-computed.v1", "vn.thidua.award.council-voted.v1",
            "vn.thidua.award.nominated.v1", "vn.thidua.award.submitted.v1", "vn.thidua.award.decided.v1",
            "vn.thidua.award.rejected.v1", "vn.thidua.award.revoked.v1",
            "vn.thidua.rules.ruleset-published.v1");

    // Who may send on which topic (DESIGN.md, Events).
    private static final Map<String, String> OWNER_BY_AGGREGATE = Map.of(
            "unit", "/thidua/plan-service",
            "plan", "/thidua/plan-service",
            "evaluation", "/thidua/evaluation-service",
            "award", "/thidua/award-service",
            "rules", "/thidua/award-service",
            "staff", "/thidua/evaluation-service");

    static List<String> types() {
        return EventContracts.eventTypes();
    }

    @Test
    void indexListsEveryTypeOnceAndWellFormed() {
        List<String> types = EventContracts.eventTypes();
        assertTrue(types.containsAll(REQUIRED_TYPES), () -> "missing: " + diff(REQUIRED_TYPES, types));
        assertEquals(types.size(), Set.copyOf(types).size(), "duplicates in event-types.txt");
        for (String type : types) {
            assertTrue(type.matches("^vn\\.thidua\\.[a-z]+\\.[a-z-]+\\.v[0-9]+$"), type);
        }
    }

    @Test
    void everySchemaAndExampleFileBelongsToAType() throws IOException {
        Set<String> types = Set.copyOf(EventContracts.eventTypes());
        assertEquals(types, baseNames(CONTRACTS.resolve("examples"), ".json"));
        Set<String> schemas = baseNames(CONTRACTS.resolve("schemas"), ".schema.json");
        schemas.remove("envelope");
        assertEquals(types, schemas);
    }

    @ParameterizedTest
    @MethodSource("types")
    void everyTypeHasAStrictDraft202012Schema(String type) {
        JsonNode schema = EventContracts.readTree(EventContracts.readResource(EventContracts.schemaResource(type)));
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.path("$schema").textValue());
        assertFalse(schema.path("additionalProperties").asBoolean(true), type + " allows extra properties");
        assertNotNull(schema.get("description"), type + " has no description");
    }

    @ParameterizedTest
    @MethodSource("types")
    void everyExampleIsValidAndConsistent(String type) {
        String json = EventContracts.example(type);
        assertEquals(Set.of(), EventContracts.validate(json));

        JsonNode envelope = EventContracts.readTree(json);
        assertEquals(Set.of(), EventContracts.validate(envelope));
        assertEquals(type, envelope.path("type").textValue());
        String aggregate = type.split("\\.")[2];
        assertEquals(OWNER_BY_AGGREGATE.get(aggregate), envelope.path("source").textValue());
        assertTrue(EventContracts.topicOf(type).equals("thidua." + aggregate + ".v1"));
        JsonNode schoolYear = envelope.path("data").path("schoolYear");
        if (schoolYear.isTextual()) {
            assertEquals(schoolYear.textValue(), envelope.path("schoolyear").textValue());
        }
    }

    @ParameterizedTest
    @MethodSource("types")
    void everyMissingDataFieldIsRejectedByName(String type) {
        ObjectNode envelope = (ObjectNode) EventContracts.readTree(EventContracts.example(type));
        List<String> fields = new ArrayList<>();
        envelope.get("data").fieldNames().forEachRemaining(fields::add);
        Set<String> required = required(type);
        for (String field : fields) {
            ObjectNode broken = envelope.deepCopy();
            ((ObjectNode) broken.get("data")).remove(field);
            // The tree and its text are one document: the outbox checks the tree it writes.
            assertEquals(EventContracts.validate(broken.toString()), EventContracts.validate(broken));
            if (required.contains(field)) {
                assertNamed(EventContracts.validate(broken.toString()), "'" + field + "'");
            } else {
                // A field added to a published type is optional: events sent before it still validate.
                assertEquals(Set.of(), EventContracts.validate(broken.toString()), type + " without " + field);
            }
        }
    }

    @Test
    void fieldsAddedToPublishedTypesAreOptionalAndOnlyThose() {
        assertEquals(Set.of("ground", "recoveryAmount", "recoveryDueOn"), optional("vn.thidua.award.revoked.v1"));
        for (String type : types()) {
            if (!type.equals("vn.thidua.award.revoked.v1")) {
                assertEquals(Set.of(), optional(type), type);
            }
        }
    }

    @Test
    void decidedItemsMayCarryTheirPrizeMoneyWhichMustBeWhole() {
        ObjectNode envelope = example("vn.thidua.award.decided.v1");
        ObjectNode first = (ObjectNode) envelope.get("data").get("items").get(0);
        ObjectNode older = envelope.deepCopy();
        ((ObjectNode) older.get("data").get("items").get(0)).remove("prizeMoney");
        assertEquals(Set.of(), EventContracts.validate(older.toString()), "an item of an older event has none");
        ((ObjectNode) first.get("prizeMoney")).remove("baseSalary");
        assertNamed(EventContracts.validate(envelope.toString()), "'baseSalary'");
        ((ObjectNode) first.get("prizeMoney")).put("baseSalary", 2340000).put("amount", -1);
        assertNamed(EventContracts.validate(envelope.toString()), "amount");
    }

    private static Set<String> required(String type) {
        JsonNode schema = EventContracts.readTree(EventContracts.readResource(EventContracts.schemaResource(type)));
        Set<String> required = new java.util.HashSet<>();
        schema.path("required").forEach(name -> required.add(name.textValue()));
        return required;
    }

    private static Set<String> optional(String type) {
        JsonNode schema = EventContracts.readTree(EventContracts.readResource(EventContracts.schemaResource(type)));
        Set<String> optional = new java.util.HashSet<>();
        schema.get("properties").fieldNames().forEachRemaining(optional::add);
        optional.removeAll(required(type));
        return optional;
    }

    @ParameterizedTest
    @MethodSource("types")
    void extraDataPropertyIsRejectedByName(String type) {
        ObjectNode envelope = (ObjectNode) EventContracts.readTree(EventContracts.example(type));
        ((ObjectNode) envelope.get("data")).put("legacyNote", "thêm");
        assertNamed(EventContracts.validate(envelope.toString()), "'legacyNote'");
    }

    @Test
    void missingEnvelopeFieldIsRejectedByName() {
        ObjectNode envelope = example("vn.thidua.plan.published.v1");
        envelope.remove("unit");
        assertNamed(EventContracts.validate(envelope.toString()), "'unit'");
    }

    @Test
    void unknownTypeIsAMessageNotAnException() {
        ObjectNode envelope = example("vn.thidua.plan.published.v1");
        envelope.put("type", "vn.thidua.plan.publishd.v1");
        assertNamed(EventContracts.validate(envelope.toString()), "vn.thidua.plan.publishd.v1");
    }

    @Test
    void malformedTypeIsRejected() {
        ObjectNode envelope = example("vn.thidua.plan.published.v1");
        envelope.put("type", "PlanPublished");
        assertNamed(EventContracts.validate(envelope.toString()), "$.type");
    }

    @Test
    void badUuidsAreRejectedByPath() {
        ObjectNode envelope = example("vn.thidua.plan.published.v1");
        envelope.put("id", "42");
        ((ObjectNode) envelope.get("data")).put("planId", "not-a-uuid");
        Set<String> messages = EventContracts.validate(envelope.toString());
        assertNamed(messages, "$.id:");
        assertNamed(messages, "$.data.planId:");
    }

    @Test
    void wrongJsonTypesAndFormatsAreRejectedByPath() {
        ObjectNode envelope = example("vn.thidua.evaluation.finalized.v1");
        envelope.put("time", "26/05/2023");
        envelope.put("source", "/thidua/award-service/x");
        ObjectNode data = (ObjectNode) envelope.get("data");
        data.put("rating", "XUAT_SAC");
        ((ObjectNode) data.get("facts")).put("monthsWorked", "12");
        ((ObjectNode) data.get("facts").get("leave").get(0)).put("kind", "HOLIDAY");
        Set<String> messages = EventContracts.validate(envelope.toString());
        assertNamed(messages, "$.time:");
        assertNamed(messages, "$.source:");
        assertNamed(messages, "$.data.rating:");
        assertNamed(messages, "$.data.facts.monthsWorked:");
        assertNamed(messages, "$.data.facts.leave[0].kind:");
        assertEquals(5, messages.size(), messages::toString);
    }

    @Test
    void disciplineMayBePendingOrCarryItsTermAndLeaveMayCountAsWork() {
        ObjectNode envelope = example("vn.thidua.evaluation.finalized.v1");
        ObjectNode facts = (ObjectNode) envelope.get("data").get("facts");
        // Additive: an item without the new fields, as older events have them, stays valid.
        ObjectNode old = facts.putArray("discipline").addObject();
        old.put("form", "WARNING");
        old.put("date", "2023-02-01");
        ObjectNode pending = ((ArrayNode) facts.get("discipline")).addObject();
        pending.put("form", "REPRIMAND");
        pending.put("date", "2023-04-03");
        pending.put("pending", true);
        ObjectNode term = ((ArrayNode) facts.get("discipline")).addObject();
        term.put("form", "REPRIMAND");
        term.put("date", "2022-03-14");
        term.put("endsOn", "2022-09-13");
        ObjectNode counted = ((ArrayNode) facts.get("leave")).addObject();
        counted.put("kind", "COUNTED_AS_WORK");
        counted.put("from", "2023-01-16");
        counted.put("to", "2023-01-27");
        assertEquals(Set.of(), EventContracts.validate(envelope.toString()));

        pending.put("pending", "yes");
        term.put("endsOn", "13/09/2022");
        Set<String> messages = EventContracts.validate(envelope.toString());
        assertNamed(messages, "$.data.facts.discipline[1].pending:");
        assertNamed(messages, "$.data.facts.discipline[2].endsOn:");
        assertEquals(2, messages.size(), messages::toString);
    }

    @Test
    void nullableFieldsAcceptNullButNotAbsence() {
        ObjectNode envelope = example("vn.thidua.plan.published.v1");
        ObjectNode data = (ObjectNode) envelope.get("data");
        data.putNull("basedOnPlanId");
        data.putNull("year");
        assertEquals(Set.of(), EventContracts.validate(envelope.toString()));
        data.putNull("title");
        assertNamed(EventContracts.validate(envelope.toString()), "$.data.title:");
    }

    @Test
    void unitEventsNeedNoSchoolYearButRejectABadOne() {
        ObjectNode envelope = example("vn.thidua.unit.upserted.v1");
        assertFalse(envelope.has("schoolyear"));
        envelope.put("schoolyear", "2022/23");
        assertNamed(EventContracts.validate(envelope.toString()), "$.schoolyear:");
    }

    @Test
    void garbageIsAMessageNotAnException() {
        assertNamed(EventContracts.validate("{nope"), "not valid JSON");
        assertNamed(EventContracts.validate(""), "empty");
        assertNamed(EventContracts.validate((String) null), "empty");
        assertNamed(EventContracts.validate("[]"), "$:");
        // A valid envelope with anything after it is not one event.
        assertNamed(EventContracts.validate(EventContracts.example("vn.thidua.plan.published.v1") + " {}"),
                "not valid JSON");
        assertThrows(IllegalArgumentException.class, () -> EventContracts.example("vn.thidua.plan.unknown.v1"));
    }

    private static ObjectNode example(String type) {
        return (ObjectNode) EventContracts.readTree(EventContracts.example(type));
    }

    private static void assertNamed(Set<String> messages, String needle) {
        assertTrue(messages.stream().anyMatch(m -> m.contains(needle)),
                () -> "expected a message containing " + needle + " in " + messages);
    }

    private static Set<String> baseNames(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(suffix))
                    .map(n -> n.substring(0, n.length() - suffix.length()))
                    .collect(Collectors.toCollection(java.util.TreeSet::new));
        }
    }

    private static List<String> diff(List<String> expected, List<String> actual) {
        return expected.stream().filter(t -> !actual.contains(t)).toList();
    }
}
