package io.chainline.console.alarm.api;

import io.chainline.console.alarm.domain.Alarm;
import io.chainline.console.alarm.service.AlarmActions;
import io.chainline.console.alarm.service.AlarmQueries;
import io.chainline.console.base.api.ETags;
import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The console's own alarm API, for scripts and the NOC's tooling: filtered pages, CSV, and what operators do to alarms
 * (acknowledge, unacknowledge, clear an external one, write a note), each audited. Reading is for every signed-in role
 * or token; changes need OPERATOR (the API security chain's matchers). SOL005 clients use {@code /api/nsfm/v1}.
 */
@RestController
@Tag(name = "alarms", description = "Alarms raised by what the console watches and by Alertmanager (ADR 28)")
class AlarmsController {

    private static final String BASE = "/api/v1/alarms";
    private static final int MAX_PAGE = 500;

    /** The most rows one CSV export holds; narrow the filter for more. */
    static final int EXPORT_LIMIT = 100_000;

    private final AlarmQueries queries;
    private final AlarmActions actions;

    AlarmsController(AlarmQueries queries, AlarmActions actions) {
        this.queries = queries;
        this.actions = actions;
    }

    @GetMapping(BASE)
    @Operation(
            summary = "Alarms, newest raised first: severity (CRITICAL,MAJOR…), state (active|cleared|all; active by"
                    + " default), ack (ACKNOWLEDGED|UNACKNOWLEDGED), target, deployment (ids), q (words); format=csv"
                    + " for the CSV export")
    ResponseEntity<?> search(
            @RequestParam(required = false) List<String> severity,
            @RequestParam(required = false) String state,
            @RequestParam(required = false) String ack,
            @RequestParam(required = false) List<UUID> target,
            @RequestParam(required = false) List<UUID> deployment,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            @RequestParam(required = false) String format) {
        AlarmParams params = new AlarmParams(severity, state, ack, target, deployment, q);
        if ("csv".equalsIgnoreCase(format)) {
            return csv(params);
        }
        if (page < 0 || size < 1 || size > MAX_PAGE) {
            throw AlarmParams.invalid("page is 0 or more and size between 1 and " + MAX_PAGE + ".");
        }
        var found = queries.search(params.filter(), page, size);
        return ResponseEntity.ok(new AlarmRows.Page(
                found.getContent().stream().map(AlarmRows.Row::of).toList(), found.getTotalElements(), page, size));
    }

    @GetMapping(path = BASE + ".csv", produces = "text/csv")
    @Operation(summary = "The filtered alarms as CSV (formula-safe, up to 100,000 rows); the list's parameters")
    ResponseEntity<?> export(
            @RequestParam(required = false) List<String> severity,
            @RequestParam(required = false) String state,
            @RequestParam(required = false) String ack,
            @RequestParam(required = false) List<UUID> target,
            @RequestParam(required = false) List<UUID> deployment,
            @RequestParam(required = false) String q) {
        return csv(new AlarmParams(severity, state, ack, target, deployment, q));
    }

    private ResponseEntity<String> csv(AlarmParams params) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"chainline-alarms.csv\"")
                .body(AlarmCsv.write(queries.list(params.filter(), EXPORT_LIMIT)));
    }

    @GetMapping(BASE + "/{id}")
    @Operation(summary = "One alarm with its notes and correlated alarms; its ETag is its version")
    ResponseEntity<AlarmRows.Detail> get(@PathVariable String id) {
        Alarm alarm = load(id);
        List<AlarmRows.Note> notes =
                actions.notes(alarm.getId()).stream().map(AlarmRows.Note::of).toList();
        return ResponseEntity.ok()
                .eTag(ETags.of(alarm.getVersion()))
                .body(new AlarmRows.Detail(AlarmRows.Row.of(alarm), notes, queries.correlated(alarm)));
    }

    @PostMapping(BASE + "/{id}/acknowledge")
    @Operation(summary = "Acknowledge with an optional comment; If-Match (optional) answers 412 when stale")
    ResponseEntity<?> acknowledge(
            @PathVariable String id,
            @RequestBody(required = false) AlarmRows.Comment body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            Principal who) {
        String comment = body == null ? null : body.comment();
        OptionalLong expected = ETags.expected(ifMatch);
        return changed(() -> actions.acknowledge(load(id).getId(), comment, expected, who.getName()));
    }

    @PostMapping(BASE + "/{id}/unacknowledge")
    @Operation(summary = "Take an acknowledgement back; If-Match (optional) answers 412 when stale")
    ResponseEntity<?> unacknowledge(
            @PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            Principal who) {
        OptionalLong expected = ETags.expected(ifMatch);
        return changed(() -> actions.unacknowledge(load(id).getId(), expected, who.getName()));
    }

    @PostMapping(BASE + "/{id}/clear")
    @Operation(summary = "Clear an alarm of an external source (Alertmanager); Chainline's own clear themselves (409)")
    ResponseEntity<?> clear(@PathVariable String id, Principal who) {
        return changed(() -> actions.clear(load(id).getId(), who.getName()));
    }

    @PostMapping(BASE + "/{id}/notes")
    @Operation(summary = "Write a note on an alarm (a handover, a ticket number); 201")
    ResponseEntity<AlarmRows.Note> note(@PathVariable String id, @RequestBody AlarmRows.NoteText body, Principal who) {
        AlarmRows.Note note = AlarmRows.Note.of(actions.note(load(id).getId(), body.text(), who.getName()));
        return ResponseEntity.status(HttpStatus.CREATED).body(note);
    }

    @PostMapping(BASE + "/acknowledge")
    @Operation(summary = "Acknowledge many at once; those already acknowledged are left as they are")
    AlarmRows.Acknowledged acknowledgeAll(@RequestBody AlarmRows.Bulk body, Principal who) {
        if (body.ids() == null || body.ids().isEmpty()) {
            throw new ChainlineException("ALARM-IDS-EMPTY", Category.INVALID, "Name the alarms to acknowledge in ids.");
        }
        return new AlarmRows.Acknowledged(actions.acknowledgeAll(body.ids(), body.comment(), who.getName()));
    }

    /** The alarm after a change, with its new ETag; a stale If-Match is a 412. */
    private static ResponseEntity<?> changed(Supplier<Alarm> change) {
        try {
            Alarm alarm = change.get();
            return ResponseEntity.ok().eTag(ETags.of(alarm.getVersion())).body(AlarmRows.Row.of(alarm));
        } catch (ChainlineException e) {
            if ("ALARM-CHANGED".equals(e.code())) {
                return ETags.preconditionFailed(e);
            }
            throw e;
        }
    }

    private Alarm load(String id) {
        UUID uuid = AlarmParams.id(id);
        return queries.find(uuid)
                .orElseThrow(() ->
                        new ChainlineException("ALARM-NOT-FOUND", Category.NOT_FOUND, "No alarm has id " + id + "."));
    }
}
