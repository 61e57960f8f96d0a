package io.chainline.console.base.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * How large a request body each API family may send. JSON and YAML documents are small ({@code chainline.api.max-body},
 * 2 MiB by default); package uploads (SOL005 {@code *_content} and multipart imports) keep the upload limit that
 * multipart parsing already enforces.
 */
@Component
public class BodyLimits {

    private final long maxBody;
    private final long maxUpload;

    BodyLimits(
            @Value("${chainline.api.max-body:2MB}") DataSize maxBody,
            @Value("${spring.servlet.multipart.max-request-size:65MB}") DataSize maxUpload) {
        this.maxBody = maxBody.toBytes();
        this.maxUpload = maxUpload.toBytes();
    }

    public long limitFor(HttpServletRequest request) {
        return isUpload(request) ? maxUpload : maxBody;
    }

    static boolean isUpload(HttpServletRequest request) {
        String type = String.valueOf(request.getContentType()).toLowerCase(Locale.ROOT);
        String path = request.getRequestURI();
        return type.startsWith("multipart/") || path.endsWith("/package_content") || path.endsWith("/nsd_content");
    }
}
