package vn.thidua.platform.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * What every service's JSON reader refuses: a key given twice in one object (which value was meant?) — a
 * 400 naming the key through {@code ProblemMappers}. Control characters in strings are refused before
 * binding, from the request body ({@code text.NfcJsonBodies}): a String deserializer of our own here would
 * push Jackson off its fast paths for every string and untyped map (the bulk post got 10–20 % slower).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }
}
