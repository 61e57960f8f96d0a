package io.chainline.console.nfvo.api;

import io.chainline.console.nfvo.service.Sol005V1;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON a v1 controller answers, in SOL005 v2.6.1's shape ({@link Sol005V1}): the v2 endpoint's answer with v1
 * links and v2.6.1's states and attributes. Content (CSARs, YAML) passes unchanged.
 */
@RestControllerAdvice(assignableTypes = V1Api.class)
class V1Answers implements ResponseBodyAdvice<Object> {

    private final JsonMapper http;

    V1Answers(JsonMapper http) {
        this.http = http;
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
                || body instanceof ProblemDetail // the same problem in both versions, as the handler wrote it
                || body instanceof byte[]
                || body instanceof CharSequence
                || contentType == null
                || !contentType.getSubtype().endsWith("json")) {
            return body;
        }
        JsonNode tree = body instanceof JsonNode node ? node : http.valueToTree(body);
        return Sol005V1.shape(tree);
    }
}
