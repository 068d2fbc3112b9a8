package org.hybridplanner.app.api;

import java.net.URI;
import org.hybridplanner.app.plan.FactoryImportService;
import org.hybridplanner.app.plan.MergeConflictException;
import org.hybridplanner.app.plan.PlanConflictException;
import org.hybridplanner.app.plan.PlanNotFoundException;
import org.hybridplanner.app.share.EditLinkNeedsSignInException;
import org.hybridplanner.app.share.ShareLinkExpiredException;
import org.hybridplanner.app.share.ShareLinkNotFoundException;
import org.hybridplanner.app.share.TooManyGuessesException;
import org.hybridplanner.factoryimport.ImportRefusedException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every API refusal as an RFC 9457 problem detail. Another account's plan is "not found", never "forbidden", so
 * that ids of other people's plans cannot be probed.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblems {
    static final URI INVALID_PLAN = URI.create("https://hybridplanner.org/problems/invalid-plan");
    static final URI MERGE_CONFLICT = URI.create("https://hybridplanner.org/problems/merge-conflict");
    static final URI IMPORT_REFUSED = URI.create("https://hybridplanner.org/problems/import-refused");
    static final String NO_SUCH_PLAN = "No such plan";

    @ExceptionHandler(InvalidPlanBodyException.class)
    ProblemDetail invalidPlan(InvalidPlanBodyException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setType(INVALID_PLAN);
        problem.setTitle("Invalid plan");
        problem.setProperty("problems", e.problems().stream().map(p -> new PathProblem(p.path(), p.value(),
                p.message())).toList());
        // Beyond the first problems, only how many more of each kind (see docs/plan-format.md, "Problems").
        problem.setProperty("problemCount", e.count());
        if (!e.more().isEmpty()) {
            problem.setProperty("moreProblems", e.more());
        }
        return problem;
    }

    /** A Data Factory export that cannot be imported: every problem names the file it concerns. */
    @ExceptionHandler(ImportRefusedException.class)
    ProblemDetail importRefused(ImportRefusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                e.problems().getFirst());
        problem.setType(IMPORT_REFUSED);
        problem.setTitle("Not an importable Data Factory export");
        problem.setProperty("problems", e.problems());
        return problem;
    }

    @ExceptionHandler(FactoryImportService.ImportBusyException.class)
    ResponseEntity<ProblemDetail> importBusy(FactoryImportService.ImportBusyException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage()));
    }

    @ExceptionHandler({PlanNotFoundException.class, ShareLinkNotFoundException.class})
    ProblemDetail notFound(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e instanceof PlanNotFoundException
                ? NO_SUCH_PLAN : e.getMessage());
    }

    /** An edit link on the link-holder API: it opens the plan in the planner, for signed-in users only. */
    @ExceptionHandler(EditLinkNeedsSignInException.class)
    ProblemDetail editLink(EditLinkNeedsSignInException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "This is an edit link: it opens the plan in "
                + "the planner for signed-in users. The link-holder API serves view links only.");
    }

    @ExceptionHandler(ShareLinkExpiredException.class)
    ProblemDetail gone(ShareLinkExpiredException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.GONE, e.getMessage());
    }

    @ExceptionHandler(TooManyGuessesException.class)
    ResponseEntity<ProblemDetail> tooMany(TooManyGuessesException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, e.retryAfter().toSeconds())))
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage()));
    }

    @ExceptionHandler(PlanConflictException.class)
    ProblemDetail conflict(PlanConflictException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED,
                "The plan changed since the version in If-Match; GET it again and reapply your change");
    }

    /** Both sides changed the same fields: each with both values, and the ETag to resolve against. */
    @ExceptionHandler(MergeConflictException.class)
    ResponseEntity<ProblemDetail> mergeConflict(MergeConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage()
                + "; nothing was saved. Decide each, then merge again from the ETag given here.");
        problem.setType(MERGE_CONFLICT);
        problem.setTitle("Edits conflict");
        problem.setProperty("conflicts", e.conflicts().stream().map(conflict -> new ConflictingChange(
                conflict.kind().name(), conflict.element().name(), conflict.id(), conflict.name(),
                conflict.field() == null ? null : conflict.field().name(), conflict.base(), conflict.mine(),
                conflict.theirs(), conflict.describe())).toList());
        String current = PlanEntityTag.of(e.current()).header();
        problem.setProperty("currentETag", current);
        return ResponseEntity.status(HttpStatus.CONFLICT).eTag(current).body(problem);
    }

    @ExceptionHandler(MissingVersionException.class)
    ProblemDetail missingVersion(MissingVersionException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_REQUIRED, e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    /** One conflict of a merge: both values in words ("yours" is the request's plan). */
    record ConflictingChange(String kind, String element, String id, String name, String field, String base,
            String yours, String theirs, String description) {
    }

    /** One problem of a plan: its JSON path, the offending value and what is wrong. */
    record PathProblem(String path, String value, String message) {
    }
}
