package io.chainline.console.nfvo.api;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.Arrays;
import java.util.Map;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

/**
 * Documents the SOL013 attribute selectors on every SOL005 collection (the GETs that page, which is where
 * {@link Sol013Paging} reads them from the request), so the OpenAPI document lists what the endpoints take.
 */
@Component
class Sol013SelectorDocs implements OperationCustomizer {

    private static final Map<String, String> SELECTORS = Map.of(
            "all_fields", "Every attribute, also those excluded by default (SOL013 §5.3).",
            "fields", "Comma-separated attribute paths (a,b.c): the complex attributes to include.",
            "exclude_fields", "Comma-separated attribute paths to leave out (mandatory ones and _links stay).",
            "exclude_default",
                    "Leave out the attributes SOL005 excludes by default: also the answer without selectors.");

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        boolean pages = Arrays.stream(handler.getMethodParameters())
                .map(p -> p.getParameterAnnotation(RequestParam.class))
                .anyMatch(r -> r != null && "nextpage_opaque_marker".equals(r.name()));
        if (pages) {
            Sol013Selectors.PARAMETERS.forEach(name -> operation.addParametersItem(new Parameter()
                    .in("query")
                    .name(name)
                    .required(false)
                    .description(SELECTORS.get(name))
                    .schema(new StringSchema())));
        }
        return operation;
    }
}
