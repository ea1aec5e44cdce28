package dev.integrations.apikey.entity;

import static dev.integrations.JsonSupport.BUILDERS;

import dev.integrations.JsonSupport;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores {@code permissions.endpoints} as one JSON object of endpoint to method names. */
@Converter
public class EndpointPermissionsConverter
        implements AttributeConverter<Map<String, Set<String>>, String> {

    @Override
    public String convertToDatabaseColumn(Map<String, Set<String>> endpoints) {
        JsonObjectBuilder object = BUILDERS.createObjectBuilder();
        if (endpoints != null) {
            endpoints.forEach(
                    (endpoint, methods) -> {
                        JsonArrayBuilder array = BUILDERS.createArrayBuilder();
                        methods.forEach(array::add);
                        object.add(endpoint, array);
                    });
        }
        return JsonSupport.text(object.build());
    }

    @Override
    public Map<String, Set<String>> convertToEntityAttribute(String column) {
        Map<String, Set<String>> endpoints = new LinkedHashMap<>();
        if (column != null && !column.isBlank()) {
            JsonSupport.parseObject(column)
                    .forEach(
                            (endpoint, methods) ->
                                    endpoints.put(
                                            endpoint,
                                            methods
                                                    .asJsonArray()
                                                    .getValuesAs(JsonString.class)
                                                    .stream()
                                                    .map(JsonString::getString)
                                                    .collect(
                                                            Collectors.toCollection(
                                                                    LinkedHashSet::new))));
        }
        return endpoints;
    }
}
