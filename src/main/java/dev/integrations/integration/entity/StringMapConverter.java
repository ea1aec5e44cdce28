package dev.integrations.integration.entity;

import static dev.integrations.JsonSupport.BUILDERS;

import dev.integrations.JsonSupport;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.LinkedHashMap;
import java.util.Map;

/** Stores a map of strings as one JSON object, keeping the order of its entries. */
@Converter
public class StringMapConverter implements AttributeConverter<Map<String, String>, String> {

    @Override
    public String convertToDatabaseColumn(Map<String, String> map) {
        JsonObjectBuilder object = BUILDERS.createObjectBuilder();
        if (map != null) {
            map.forEach(object::add);
        }
        return JsonSupport.text(object.build());
    }

    @Override
    public Map<String, String> convertToEntityAttribute(String column) {
        Map<String, String> map = new LinkedHashMap<>();
        if (column != null && !column.isBlank()) {
            JsonSupport.parseObject(column)
                    .forEach((key, value) -> map.put(key, ((JsonString) value).getString()));
        }
        return map;
    }
}
