package io.chainline.console.base.api;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Refusals raised while a request is matched to a controller (wrong method, media type, no such path). No controller
 * is known yet, so {@link ApiExceptionHandler}, scoped to Chainline's controllers, does not see them; answered here
 * with the same coded problem+json and the framework's headers (e.g. {@code Allow}).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RoutingProblems {

    @ExceptionHandler({
        HttpRequestMethodNotSupportedException.class,
        HttpMediaTypeNotSupportedException.class,
        HttpMediaTypeNotAcceptableException.class,
        NoHandlerFoundException.class,
        NoResourceFoundException.class
    })
    ResponseEntity<ProblemDetail> unrouted(Exception e) {
        ErrorResponse framework = (ErrorResponse) e;
        ProblemDetail problem = Problems.forStatus(framework.getStatusCode());
        String detail = framework.getBody().getDetail();
        if (detail != null && !detail.contains("java.")) {
            problem.setDetail(detail);
        }
        return ResponseEntity.status(framework.getStatusCode())
                .headers(framework.getHeaders())
                .body(problem);
    }
}
