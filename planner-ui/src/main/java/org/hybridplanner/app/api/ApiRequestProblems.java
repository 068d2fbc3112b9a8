package org.hybridplanner.app.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;

/**
 * Spring MVC's own refusals of an API request (unknown route, wrong method, wrong Content-Type, unreadable JSON, a
 * path id that cannot be one) as problem details, in the API's words. Spring raises most of these before a
 * controller is chosen, so this advice applies to every handler, and steps aside (rethrows) for requests outside
 * {@code /api/}; without it they would become a servlet error page, which the sign-in chain turns into a redirect.
 * It runs before {@link ApiProblems}, which would read a malformed path id as a plain bad argument.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiRequestProblems {

    @ExceptionHandler({NoResourceFoundException.class, HttpRequestMethodNotSupportedException.class,
            HttpMediaTypeNotSupportedException.class, HttpMediaTypeNotAcceptableException.class,
            ServletRequestBindingException.class})
    ResponseEntity<ProblemDetail> refused(Exception e, HttpServletRequest request) throws Exception {
        requireApi(e, request);
        ErrorResponse refusal = (ErrorResponse) e;
        ProblemDetail problem = refusal.getBody();
        problem.setDetail(switch (e) {
            case NoResourceFoundException notFound -> "No API route " + request.getMethod() + " "
                    + request.getRequestURI() + "; the routes are in /api/openapi.yaml";
            case HttpRequestMethodNotSupportedException method -> method.getMethod() + " is not allowed on "
                    + request.getRequestURI() + "; allowed: " + String.join(", ", method.getSupportedMethods() == null
                            ? new String[0] : method.getSupportedMethods());
            case HttpMediaTypeNotSupportedException type -> "Send the body as application/json (Content-Type was "
                    + (type.getContentType() == null ? "missing" : "'" + type.getContentType() + "'") + ")";
            default -> problem.getDetail();
        });
        return ResponseEntity.status(refusal.getStatusCode()).headers(refusal.getHeaders()).body(problem);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e, HttpServletRequest request) throws Exception {
        requireApi(e, request);
        String where = e.getMostSpecificCause() instanceof JacksonException json && json.getLocation() != null
                ? " at line " + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr()
                : "";
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request body is not valid JSON"
                + where);
    }

    /** A path segment that cannot be an id names nothing: 404, as for an id that does not exist. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) throws Exception {
        requireApi(e, request);
        if (e.getParameter().hasParameterAnnotation(PathVariable.class)) {
            return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "id".equals(e.getName())
                    ? ApiProblems.NO_SUCH_PLAN : "Nothing at " + request.getRequestURI());
        }
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "'" + e.getValue() + "' is not a valid "
                + e.getName());
    }

    private static void requireApi(Exception e, HttpServletRequest request) throws Exception {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            throw e;
        }
    }
}
