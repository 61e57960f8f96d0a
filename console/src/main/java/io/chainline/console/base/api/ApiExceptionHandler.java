package io.chainline.console.base.api;

import io.chainline.console.base.service.ChainlineException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Every failure a controller raises becomes RFC 9457 problem+json with a {@code code}: a service's coded refusal with
 * the same code the UI shows, a malformed request with a detail in the API's terms (never a Java type name), and
 * anything unexpected as a 500 with a correlation id that finds its stack trace in the log.
 */
@RestControllerAdvice(basePackages = "io.chainline.console")
@Order(Ordered.HIGHEST_PRECEDENCE) // before Boot's generic
class ApiExceptionHandler {

    @ExceptionHandler(ChainlineException.class)
    ProblemDetail refused(ChainlineException e) {
        return Problems.of(status(e.category()), e.code(), e.getMessage());
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ProblemDetail concurrentChange(ObjectOptimisticLockingFailureException e) {
        return Problems.of(
                HttpStatus.CONFLICT,
                "CONCURRENT-CHANGE",
                "Someone else changed this resource after you read it; read it again and repeat your change.");
    }

    /** A body that is not the JSON the endpoint takes: say which field and what it must be. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        var tooLarge = RequestTooLargeException.in(e);
        if (tooLarge.isPresent()) {
            return ApiEdgeFilter.tooLarge(tooLarge.get().limit());
        }
        if (causedByRefusal(e) instanceof ChainlineException refusal) {
            return refused(refusal); // a record's own validation, reached through the JSON reader
        }
        return Problems.of(
                HttpStatus.BAD_REQUEST,
                "REQUEST-UNREADABLE",
                BodyErrors.describe(e) + " See /api/docs for its schema.");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatched(MethodArgumentTypeMismatchException e) {
        if (e.getParameter().hasParameterAnnotation(PathVariable.class)) {
            // an identifier that cannot be one names no resource: SOL013 answers that with 404, as for an unknown id
            return Problems.of(
                    HttpStatus.NOT_FOUND,
                    "NOT-FOUND",
                    "Nothing has the " + e.getName() + " '" + e.getValue() + "': it is not a valid "
                            + BodyErrors.kind(e.getRequiredType()) + ".");
        }
        return Problems.of(
                HttpStatus.BAD_REQUEST,
                "REQUEST-INVALID",
                "'" + e.getValue() + "' is not a valid " + BodyErrors.kind(e.getRequiredType()) + " for '" + e.getName()
                        + "'.");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e) {
        return Problems.of(
                HttpStatus.BAD_REQUEST,
                "REQUEST-INVALID",
                "The request parameter '" + e.getParameterName() + "' is required.");
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ProblemDetail missingHeader(MissingRequestHeaderException e) {
        return Problems.of(
                HttpStatus.BAD_REQUEST, "REQUEST-INVALID", "The header '" + e.getHeaderName() + "' is required.");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        return Problems.of(
                HttpStatus.CONTENT_TOO_LARGE,
                "UPLOAD-TOO-LARGE",
                "The upload is larger than the console accepts (64 MB); packages that large belong in a registry.");
    }

    /**
     * Everything else. The framework's own refusals (405, 415, an unknown path…) keep their status with a generic
     * code; a body refused mid-read is a 413; anything left is a bug, answered 500 with a correlation id.
     */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, HttpServletRequest request) {
        if (e instanceof ErrorResponse framework) {
            ProblemDetail problem = Problems.forStatus(framework.getStatusCode());
            String detail = framework.getBody().getDetail();
            if (detail != null && !detail.contains("java.") && !detail.contains("`")) {
                problem.setDetail(detail);
            }
            return problem;
        }
        if (e instanceof AccessDeniedException) {
            return Problems.forStatus(HttpStatus.FORBIDDEN);
        }
        var tooLarge = RequestTooLargeException.in(e);
        if (tooLarge.isPresent()) {
            return ApiEdgeFilter.tooLarge(tooLarge.get().limit());
        }
        return ProblemResponses.unexpected(request, e);
    }

    private static Throwable causedByRefusal(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ChainlineException) {
                return t;
            }
        }
        return null;
    }

    private static HttpStatus status(ChainlineException.Category category) {
        return switch (category) {
            case MALFORMED -> HttpStatus.BAD_REQUEST;
            case INVALID -> HttpStatus.UNPROCESSABLE_CONTENT;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case PRECONDITION_FAILED -> HttpStatus.PRECONDITION_FAILED;
        };
    }
}
