package io.chainline.console.base.api;

import java.net.URI;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** RFC 9457 problem details as Chainline writes them everywhere: a type URI and a {@code code} per refusal. */
public final class Problems {

    private Problems() {}

    public static ProblemDetail of(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://chainline.io/problems/" + code.toLowerCase(Locale.ROOT)));
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("code", code);
        return problem;
    }

    /**
     * The problem for a bare HTTP status that no Chainline code explains (a framework's 404, 405 or 415): a generic
     * code per status so a script can still switch on {@code code}, and a detail that names no Java type.
     */
    public static ProblemDetail forStatus(HttpStatusCode statusCode) {
        HttpStatus status = HttpStatus.resolve(statusCode.value());
        if (status == null) {
            status = statusCode.is4xxClientError() ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;
        }
        return switch (status) {
            case BAD_REQUEST -> of(status, "REQUEST-INVALID", "The request is not one this endpoint accepts.");
            case UNAUTHORIZED -> of(status, "AUTH-REQUIRED", "Authenticate with HTTP Basic or a bearer API token.");
            case FORBIDDEN ->
                of(status, "AUTH-FORBIDDEN", "Your role does not allow this operation; ask an administrator.");
            case NOT_FOUND ->
                of(status, "NOT-FOUND", "There is no API resource at this path; see /api/docs for the endpoints.");
            case METHOD_NOT_ALLOWED ->
                of(status, "METHOD-NOT-ALLOWED", "This path does not take this HTTP method; see /api/docs.");
            case NOT_ACCEPTABLE ->
                of(status, "NOT-ACCEPTABLE", "This endpoint cannot answer in the media type the Accept header asks.");
            case CONTENT_TOO_LARGE ->
                of(status, "REQUEST-TOO-LARGE", "The request body is larger than this endpoint accepts.");
            case UNSUPPORTED_MEDIA_TYPE ->
                of(status, "MEDIA-TYPE-UNSUPPORTED", "This endpoint does not read this Content-Type; see /api/docs.");
            default ->
                status.is5xxServerError()
                        ? of(status, "INTERNAL-ERROR", "The console failed to answer this request.")
                        : of(status, "HTTP-" + status.value(), status.getReasonPhrase() + ".");
        };
    }
}
