package org.onedoor.platform.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.UUID;

/**
 * For UUID attributes that may be null: EclipseLink's built-in UUID conversion fails on a NULL
 * column ({@code NullPointerException} in {@code UUIDConverter}). Listed in each module's
 * persistence.xml; used with {@code @Convert(converter = NullableUuid.class)}.
 */
@Converter
public class NullableUuid implements AttributeConverter<UUID, Object> {

    @Override
    public Object convertToDatabaseColumn(UUID value) {
        return value;
    }

    @Override
    public UUID convertToEntityAttribute(Object column) {
        if (column == null) {
            return null;
        }
        return column instanceof UUID uuid ? uuid : UUID.fromString(column.toString());
    }
}
