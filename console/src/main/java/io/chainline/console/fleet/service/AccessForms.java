package io.chainline.console.fleet.service;

import io.chainline.connector.api.AccessException;
import io.chainline.connector.api.Platform;
import io.chainline.connector.api.ResolvedAccess;
import io.chainline.connector.api.TargetAccess;
import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a registration form into access details through its platform, which checks its own rules; on a change, a
 * secret left blank keeps the stored one. Every refusal names the field and what to do, and never quotes a secret.
 */
final class AccessForms {

    private AccessForms() {}

    static ResolvedAccess resolve(Platform platform, TargetRequest request, Optional<TargetAccess> previous) {
        Map<String, String> fields = fields(request);
        if (fields.isEmpty() && previous.isEmpty() && !platform.form().fields().isEmpty()) {
            throw new ChainlineException(
                    "FLEET-ACCESS-MISSING",
                    Category.INVALID,
                    "Give the " + platform.label() + "'s access details: "
                            + platform.form().help());
        }
        try {
            return platform.resolve(fields, previous);
        } catch (AccessException e) {
            throw new ChainlineException(e.code(), Category.INVALID, e.getMessage(), e);
        }
    }

    /**
     * The answers: the {@code access} map, or else the section named after the kind ({@code "docker": {...}}), as
     * clients wrote them before platforms were plug-ins; its components are the form's keys.
     */
    static Map<String, String> fields(TargetRequest request) {
        if (!request.access().isEmpty() || request.kind() == null) {
            return request.access();
        }
        String section = request.kind().name().toLowerCase(Locale.ROOT);
        Map<String, String> fields = new LinkedHashMap<>();
        for (RecordComponent part : TargetRequest.class.getRecordComponents()) {
            if (part.getName().equals(section)) {
                Object value = get(part, request);
                if (value instanceof Record record) {
                    for (RecordComponent field : record.getClass().getRecordComponents()) {
                        Object answer = get(field, record);
                        if (answer != null) {
                            fields.put(field.getName(), answer.toString());
                        }
                    }
                }
            }
        }
        return fields;
    }

    private static Object get(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of a target request", e);
        }
    }
}
