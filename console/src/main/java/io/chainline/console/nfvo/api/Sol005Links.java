package io.chainline.console.nfvo.api;

import io.chainline.console.nfvo.service.ApiRoot;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code _links} of every SOL005 answer (v1 and v2, nsfm's alarms, subscriptions) as absolute URIs under the
 * request's {@code {apiRoot}} ({@link ApiRoot}); the services build them as paths. Content (CSARs, YAML) and problems
 * pass unchanged.
 */
@RestControllerAdvice(
        assignableTypes = {
            VnfPackagesController.class,
            NsDescriptorsController.class,
            PnfDescriptorsController.class,
            NsLcmController.class,
            NsfmController.class,
            SubscriptionsController.class
        })
class Sol005Links implements ResponseBodyAdvice<Object> {

    private final JsonMapper http;
    private final ApiRoot root;

    Sol005Links(JsonMapper http, ApiRoot root) {
        this.http = http;
        this.root = root;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(
            Object body,
            MethodParameter returnType,
            MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType,
            ServerHttpRequest request,
            ServerHttpResponse response) {
        if (body == null
                || body instanceof ProblemDetail
                || body instanceof byte[]
                || body instanceof CharSequence
                || contentType == null
                || !contentType.getSubtype().endsWith("json")
                || !(request instanceof ServletServerHttpRequest servlet)) {
            return body;
        }
        JsonNode tree = body instanceof JsonNode node ? node : http.valueToTree(body);
        return root.rooted(tree, root.of(servlet.getServletRequest()));
    }
}
