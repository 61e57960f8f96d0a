package io.chainline.console.nfvo.service;

import io.chainline.console.base.service.ChainlineException.Category;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** What onboarding records about uploaded content and how a refusal reads in SOL005's failure details. Pure. */
final class ContentFacts {

    private ContentFacts() {}

    /** The HTTP status a coded refusal carries in {@code onboardingFailureDetails}. */
    static int status(Category category) {
        return switch (category) {
            case MALFORMED -> 400;
            case INVALID -> 422;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case FORBIDDEN -> 403;
            case PRECONDITION_FAILED -> 412;
        };
    }

    /** The content's checksum, as SOL005's {@code checksum.hash} shows it. */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
