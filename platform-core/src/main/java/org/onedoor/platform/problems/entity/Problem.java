package org.onedoor.platform.problems.entity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * An RFC 9457 problem document as OneDoor sends it: the standard members plus the correlation id
 * that also appears in the server log, and the list of field errors for invalid input.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "correlationId", "errors"})
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        String correlationId,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://onedoor.org/problems/";

    public record FieldError(String field, String message) {}
}
