package vn.thidua.award.rules;

import vn.thidua.platform.time.Versions;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A published version of the rules (bộ quy tắc thi đua): its legal basis, the dates it is in force,
 * the parameters the rules read and the authority table. Immutable: a change is a new version.
 * Plain Java, so the rules are tested without the application.
 */
public record RuleSet(String version, List<LegalDocument> legalBasis, LocalDate effectiveFrom, LocalDate effectiveTo,
        List<Parameter> parameters, List<Authority> authority, String publishedBy, OffsetDateTime publishedAt,
        Layer layer, String scopeUnit) implements Versions.Dated {

    /**
     * Where a set sits among the rules that apply to a unit: the national set of a legal regime (complete), a
     * province's quy chế over it, an office's or commune's over that (each only the parameters it changes).
     */
    public enum Layer {
        NATIONAL("quốc gia"), PROVINCE("tỉnh"), UNIT("đơn vị");

        public final String label;

        Layer(String label) {
            this.label = label;
        }
    }

    /** A national set (the shape every version had before layers). */
    public RuleSet(String version, List<LegalDocument> legalBasis, LocalDate effectiveFrom, LocalDate effectiveTo,
            List<Parameter> parameters, List<Authority> authority, String publishedBy, OffsetDateTime publishedAt) {
        this(version, legalBasis, effectiveFrom, effectiveTo, parameters, authority, publishedBy, publishedAt,
                Layer.NATIONAL, null);
    }

    /** Căn cứ pháp lý: {"number":"06/2022/QH15","title":"Luật Thi đua, khen thưởng","date":"2022-06-15"}. */
    public record LegalDocument(String number, String title, LocalDate date) {
    }

    /**
     * One parameter: value (number, text or true/false), unit, what it means and where it comes from;
     * {@code verified} whether the value was read in the legal text itself (false or absent: "cần đối chiếu").
     * {@code layer} and {@code layerVersion} are filled in by resolution: the layer and version it came from.
     */
    public record Parameter(String key, Object value, String unit, String description, String source,
            Boolean verified, Layer layer, String layerVersion) {

        public Parameter(String key, Object value, String unit, String description, String source) {
            this(key, value, unit, description, source, null, null, null);
        }

        public boolean isVerified() {
            return Boolean.TRUE.equals(verified);
        }

        /** The parameter as taken from {@code set}. */
        Parameter from(RuleSet set) {
            return new Parameter(key, value, unit, description, source, isVerified(), set.layer(), set.version());
        }
    }

    /**
     * Who decides a title or form (thẩm quyền quyết định): for a recipient ({@code INDIVIDUAL}, a
     * professional {@code GROUP}, the {@code SCHOOL} itself), the unit level that decides
     * ({@code SCHOOL}, {@code OFFICE}, {@code PROVINCE}, {@code NATIONAL}) and the office holder.
     */
    public record Authority(Title title, String recipient, String decidedAtLevel, String decider, String source) {
    }

    public RuleSet {
        layer = layer == null ? Layer.NATIONAL : layer;
        legalBasis = legalBasis == null ? List.of() : List.copyOf(legalBasis);
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
        authority = authority == null ? List.of() : List.copyOf(authority);
    }

    /** Whether the set defines every one of {@code keys} (an optional title's parameters). */
    public boolean hasAll(List<String> keys) {
        return keys.stream().allMatch(k -> find(k).isPresent());
    }

    public Optional<Parameter> find(String key) {
        return parameters.stream().filter(p -> p.key().equals(key)).findFirst();
    }

    public Parameter parameter(String key) {
        return find(key).orElseThrow(() -> new IllegalStateException("rule set " + version + " lacks " + key));
    }

    public double number(String key) {
        return ((Number) parameter(key).value()).doubleValue();
    }

    public int integer(String key) {
        return (int) Math.floor(number(key));
    }

    public boolean flag(String key) {
        return Boolean.TRUE.equals(parameter(key).value());
    }

    public String text(String key) {
        return String.valueOf(parameter(key).value()).strip();
    }

    public <E extends Enum<E>> E enumValue(String key, Class<E> type) {
        return Enum.valueOf(type, text(key));
    }

    /** The legal source of a parameter, quoted in every condition that reads it. */
    public String source(String key) {
        return find(key).map(Parameter::source).orElse("");
    }

    /** The same set with {@code key} set to {@code value} (for tests and for publishing a changed copy). */
    public RuleSet with(String key, Object value) {
        Parameter old = parameter(key);
        List<Parameter> changed = new ArrayList<>();
        for (Parameter p : parameters) {
            changed.add(p.key().equals(key) ? new Parameter(key, value, old.unit(), old.description(), old.source(),
                    old.verified(), old.layer(), old.layerVersion()) : p);
        }
        return new RuleSet(version, legalBasis, effectiveFrom, effectiveTo, changed, authority, publishedBy,
                publishedAt, layer, scopeUnit);
    }

    /** The same set without {@code key} (an optional parameter left out), for tests. */
    public RuleSet without(String key) {
        return new RuleSet(version, legalBasis, effectiveFrom, effectiveTo,
                parameters.stream().filter(p -> !p.key().equals(key)).toList(), authority, publishedBy, publishedAt,
                layer, scopeUnit);
    }

    /** The same set with {@code parameter} added or in place of the one of its key, for tests. */
    public RuleSet with(Parameter parameter) {
        List<Parameter> changed = new ArrayList<>(without(parameter.key()).parameters());
        changed.add(parameter);
        return new RuleSet(version, legalBasis, effectiveFrom, effectiveTo, changed, authority, publishedBy,
                publishedAt, layer, scopeUnit);
    }

    /** What is wrong with the parameters: missing, unknown, duplicated or of the wrong kind; by field name. */
    public List<String[]> problems() {
        return RuleParameters.problems(parameters, true);
    }
}
