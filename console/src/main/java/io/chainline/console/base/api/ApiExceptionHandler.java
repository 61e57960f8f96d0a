package io.chainline.console.base.api;

import io.chainline.console.base.service.ChainlineException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns a service's coded refusal into RFC 9457 problem+json with the same code the UI shows. */
@RestControllerAdvice(basePackages = "io.chainline.console")
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE) // before Boot's generic
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

    /** A body that is not the JSON the endpoint takes: say which field, never echo a stack trace. */
    @ExceptionHandler(org.springframework.http.converter.HttpMessageNotReadableException.class)
    ProblemDetail unreadable(org.springframework.http.converter.HttpMessageNotReadableException e) {
        String why = String.valueOf(e.getMostSpecificCause().getMessage())
                .lines()
                .findFirst()
                .orElse("");
        return Problems.of(
                HttpStatus.BAD_REQUEST,
                "REQUEST-UNREADABLE",
                "The request body is not what this endpoint reads: "
                        + (why.length() > 300 ? why.substring(0, 300) + "…" : why)
                        + ". See /api/docs for its schema.");
    }

    @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(org.springframework.web.multipart.MaxUploadSizeExceededException e) {
        return Problems.of(
                HttpStatus.CONTENT_TOO_LARGE,
                "UPLOAD-TOO-LARGE",
                "The upload is larger than the console accepts (64 MB); packages that large belong in a registry.");
    }

    private static HttpStatus status(ChainlineException.Category category) {
        return switch (category) {
            case INVALID -> HttpStatus.UNPROCESSABLE_CONTENT;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
        };
    }
}
