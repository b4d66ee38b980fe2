package vn.thidua.award.eligibility;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.List;

/**
 * An explanation (every condition checked, with its legal basis) stored as JSON text, not jsonb: it is only ever read
 * back whole, never queried inside, and PostgreSQL parsing ~11 KB of jsonb per staff member took ~0.5 s of the
 * server's CPU for a 5,000-staff school's rows (text: ~0.05 s; bench/RESULTS.md, 2026-12-02). The same JSON as the
 * jsonb mapping wrote (Hibernate's own Jackson mapper: {@code quarkus.hibernate-orm.mapping.format.global=ignore}).
 */
@Converter
public class ExplanationText implements AttributeConverter<List<TitleCheck>, String> {

    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();
    private static final TypeReference<List<TitleCheck>> TYPE = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(List<TitleCheck> explanation) {
        try {
            return explanation == null ? null : JSON.writeValueAsString(explanation);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write an explanation as JSON", e);
        }
    }

    @Override
    public List<TitleCheck> convertToEntityAttribute(String text) {
        try {
            return text == null ? null : JSON.readValue(text, TYPE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read a stored explanation", e);
        }
    }
}
