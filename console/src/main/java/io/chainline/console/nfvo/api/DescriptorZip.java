package io.chainline.console.nfvo.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.http.MediaType;

/**
 * SOL005's second form of a descriptor: a ZIP with the descriptor's YAML and the files it imports, for clients that
 * ask for {@code application/zip} rather than the YAML alone ({@code text/plain}).
 */
final class DescriptorZip {

    static final MediaType ZIP = MediaType.parseMediaType("application/zip");

    private DescriptorZip() {}

    static byte[] of(Map<String, String> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var file : new java.util.TreeMap<>(files).entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing a ZIP in memory failed", e);
        }
        return bytes.toByteArray();
    }

    /**
     * The SOL005 media type of a descriptor's content as uploaded: {@code application/zip} for an archive, else
     * {@code text/plain} (the YAML alone). SOL005 defines no other form, so the uploaded bytes are never answered as
     * {@code application/octet-stream}.
     */
    static MediaType asUploaded(byte[] content) {
        boolean zip =
                content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
        return zip ? ZIP : new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);
    }

    /**
     * The form the client asked for: the first of {@code offered} that its Accept header names, in the client's
     * order of preference; the first offered when it names none of them (no header, or {@code *}{@code /*}).
     */
    static MediaType chosen(String accept, List<MediaType> offered) {
        if (accept == null || accept.isBlank()) {
            return offered.getFirst();
        }
        List<MediaType> asked = MediaType.parseMediaTypes(accept);
        org.springframework.util.MimeTypeUtils.sortBySpecificity(asked); // quality first, then the more specific
        for (MediaType wanted : asked) {
            if (wanted.isWildcardType()) {
                return offered.getFirst();
            }
            for (MediaType form : offered) {
                if (wanted.includes(form)) {
                    return form;
                }
            }
        }
        return offered.getFirst();
    }

    /**
     * What a descriptor's content resource can give: the YAML alone, the YAML with its imports, and the upload as it
     * came (with its file name).
     */
    record Forms(
            java.util.function.Supplier<String> yaml,
            java.util.function.Supplier<Map<String, String>> files,
            java.util.function.Supplier<byte[]> uploaded,
            String uploadedName,
            String zipName) {}

    /**
     * SOL005's descriptor content (nsd_content, pnfd_content): the form the Accept header asks for, as uploaded when
     * it asks for none (then text/plain or application/zip, whichever was uploaded, the two forms SOL005 defines), and
     * a single Range answered 206.
     */
    static org.springframework.http.ResponseEntity<?> content(String accept, String range, Forms forms) {
        MediaType form = chosen(accept, List.of(MediaType.APPLICATION_OCTET_STREAM, ZIP, MediaType.TEXT_PLAIN));
        org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
        byte[] content;
        if (form.equals(MediaType.TEXT_PLAIN)) {
            headers.setContentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8));
            content = forms.yaml().get().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        } else if (form.equals(ZIP)) {
            headers.setContentType(ZIP);
            headers.set(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, attachment(forms.zipName()));
            content = of(forms.files().get());
        } else {
            headers.set(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, attachment(forms.uploadedName()));
            content = forms.uploaded().get();
            headers.setContentType(asUploaded(content));
        }
        return ByteRanges.answer(range, content, headers);
    }

    private static String attachment(String name) {
        return "attachment; filename=\"" + name + "\"";
    }
}
