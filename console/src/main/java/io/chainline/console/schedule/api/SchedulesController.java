package io.chainline.console.schedule.api;

import io.chainline.console.base.api.ETags;
import io.chainline.console.base.api.PageLinks;
import io.chainline.console.base.service.Cursor;
import io.chainline.console.schedule.service.ScheduleLists;
import io.chainline.console.schedule.service.ScheduleRequest;
import io.chainline.console.schedule.service.ScheduleService;
import io.chainline.console.schedule.service.ScheduleViews;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Scheduled deployment jobs, their runs and history. Each schedule answers when it is due, when it will really run
 * (maintenance windows, a busy deployment) and why.
 */
@RestController
@RequestMapping("/api/v1/schedules")
@Tag(name = "schedules", description = "Deployment jobs run later, once or recurring, inside maintenance windows")
class SchedulesController {

    record PauseRequest(String reason) {}

    private final ScheduleService schedules;
    private final ScheduleLists lists;

    SchedulesController(ScheduleService schedules, ScheduleLists lists) {
        this.schedules = schedules;
        this.lists = lists;
    }

    @GetMapping
    @Operation(
            summary = "Schedules, next to run first; with limit (1-500) one page, the next named by the Link header"
                    + " (rel=next); without, every schedule")
    ResponseEntity<List<ScheduleViews.ScheduleView>> list(
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String after) {
        if (!PageLinks.paged(limit, after)) {
            return ResponseEntity.ok(lists.list());
        }
        return PageLinks.ok(lists.page(PageLinks.limit(limit), Cursor.decode(after)));
    }

    @GetMapping("/runs")
    @Operation(
            summary = "Runs of every schedule, newest first: the latest 200, or with limit (1-500) pages followed"
                    + " through the Link header (rel=next)")
    ResponseEntity<List<ScheduleViews.RunView>> history(
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String after) {
        if (!PageLinks.paged(limit, after)) {
            return ResponseEntity.ok(lists.history());
        }
        return PageLinks.ok(lists.historyPage(PageLinks.limit(limit), Cursor.decode(after)));
    }

    @GetMapping("/{id}")
    ResponseEntity<ScheduleViews.ScheduleView> get(@PathVariable UUID id) {
        ScheduleViews.ScheduleView view = schedules.get(id);
        return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
    }

    @GetMapping("/{id}/runs")
    @Operation(summary = "One schedule's runs, newest first; with limit (1-500) one page, the next in the Link header")
    ResponseEntity<List<ScheduleViews.RunView>> runs(
            @PathVariable UUID id,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String after) {
        Optional<Integer> size = PageLinks.paged(limit, after) ? Optional.of(PageLinks.limit(limit)) : Optional.empty();
        return PageLinks.ok(lists.runs(id, size, Cursor.decode(after)));
    }

    @PostMapping
    @Operation(summary = "Schedule a job; an override of maintenance windows needs ADMIN and is recorded")
    ResponseEntity<ScheduleViews.ScheduleView> create(
            @RequestBody ScheduleRequest request, Principal who, HttpServletRequest http) {
        ScheduleViews.ScheduleView view = schedules.create(request, who.getName(), http.isUserInRole("ADMIN"));
        return ResponseEntity.created(URI.create("/api/v1/schedules/" + view.id()))
                .eTag(ETags.of(view.version()))
                .body(view);
    }

    @PutMapping("/{id}")
    ResponseEntity<ScheduleViews.ScheduleView> update(
            @PathVariable UUID id,
            @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody ScheduleRequest request,
            Principal who,
            HttpServletRequest http) {
        ScheduleViews.ScheduleView view =
                schedules.update(id, ETags.version(ifMatch), request, who.getName(), http.isUserInRole("ADMIN"));
        return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
    }

    @PostMapping("/{id}/pause")
    ScheduleViews.ScheduleView pause(
            @PathVariable UUID id, @RequestBody(required = false) PauseRequest request, Principal who) {
        return schedules.pause(id, request == null || request.reason() == null ? "" : request.reason(), who.getName());
    }

    @PostMapping("/{id}/resume")
    @Operation(summary = "Resume from now on; occurrences passed while paused are not run")
    ScheduleViews.ScheduleView resume(@PathVariable UUID id, Principal who) {
        return schedules.resume(id, who.getName());
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id, Principal who) {
        schedules.delete(id, who.getName());
        return ResponseEntity.noContent().build();
    }
}
