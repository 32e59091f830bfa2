package com.factline.base;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/** Every API failure answers {@code {"error": "...", "message": "..."}}; never a stack trace. */
@RestControllerAdvice
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(FactlineException.class)
    ResponseEntity<Map<String, Object>> factline(FactlineException e) {
        Map<String, Object> body = body(e.error(), e.getMessage());
        if (e instanceof ConflictException c && c.current() != null) {
            body.put("current", c.current());
        }
        return respond(HttpStatus.valueOf(e.httpStatus()), body);
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ResponseEntity<Map<String, Object>> denied(RuntimeException e) {
        // A rule's own refusal (four eyes, open discrepancies) says why; a role check says nothing more.
        boolean ownMessage = !(e instanceof AuthorizationDeniedException) && e.getMessage() != null
                && !e.getMessage().equals("Access Denied");
        return respond(HttpStatus.FORBIDDEN, body("forbidden", ownMessage ? e.getMessage()
                : "You do not have the role or membership this needs."));
    }

    @ExceptionHandler(AuthenticationCredentialsNotFoundException.class)
    ResponseEntity<Map<String, Object>> unauthenticated(RuntimeException e) {
        return respond(HttpStatus.UNAUTHORIZED, body("unauthorized", "Sign in first."));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        PayloadTooLargeException tooLarge = causeOf(e, PayloadTooLargeException.class);
        if (tooLarge != null) {
            // The body was cut off by the byte count while the parser read it.
            return factline(tooLarge);
        }
        String detail = e.getMostSpecificCause().getMessage();
        if (detail != null) {
            detail = detail.lines().findFirst().orElse("");
            if (detail.length() > 300) {
                detail = detail.substring(0, 300) + "…";
            }
        }
        return respond(HttpStatus.BAD_REQUEST, body("malformed_json", "The request body is not valid JSON for this endpoint"
                + (detail == null || detail.isBlank() ? "." : ": " + detail)));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, Object>> mediaType(HttpMediaTypeNotSupportedException e) {
        return respond(HttpStatus.UNSUPPORTED_MEDIA_TYPE, body("unsupported_type",
                "Content type " + e.getContentType() + " is not accepted here; send application/json"
                        + (e.getSupportedMediaTypes().stream().anyMatch(m -> m.isCompatibleWith(MediaType.MULTIPART_FORM_DATA))
                        ? " or multipart/form-data." : ".")));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<Map<String, Object>> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return respond(HttpStatus.NOT_ACCEPTABLE, body("not_acceptable", "This endpoint answers JSON."));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Map<String, Object>> method(HttpRequestMethodNotSupportedException e) {
        return respond(HttpStatus.METHOD_NOT_ALLOWED, body("method_not_allowed", e.getMethod() + " is not supported here."));
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ResponseEntity<Map<String, Object>> badParameter(Exception e) {
        String msg = e instanceof MethodArgumentTypeMismatchException m
                ? "Parameter '" + m.getName() + "' has an invalid value: " + m.getValue()
                : e.getMessage();
        return respond(HttpStatus.BAD_REQUEST, body("invalid_input", msg));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException e) {
        return respond(HttpStatus.CONTENT_TOO_LARGE, body("too_large", "The upload is larger than the server accepts."));
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Map<String, Object>> multipart(MultipartException e) {
        return respond(HttpStatus.BAD_REQUEST, body("invalid_input", "The multipart request could not be read."));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<Map<String, Object>> noResource(NoResourceFoundException e) {
        return respond(HttpStatus.NOT_FOUND, body("not_found", "No such endpoint."));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Map<String, Object>> integrity(DataIntegrityViolationException e) {
        log.info("Rejected by a database constraint: {}", e.getMostSpecificCause().getMessage());
        return respond(HttpStatus.BAD_REQUEST, body("invalid_input", "The data breaks a rule of the database and was not saved."));
    }

    /** Lock timeouts and deadlock victims: nothing was saved, and trying again will work. */
    @ExceptionHandler(org.springframework.dao.PessimisticLockingFailureException.class)
    ResponseEntity<Map<String, Object>> busy(RuntimeException e) {
        log.info("Concurrent update lost a lock race: {}", e.getMessage());
        return respond(HttpStatus.CONFLICT, body("conflict", "Someone else was changing the same items at the same moment; nothing was saved. Try again."));
    }

    @ExceptionHandler({CannotGetJdbcConnectionException.class, DataAccessResourceFailureException.class,
            TransientDataAccessException.class, org.springframework.transaction.CannotCreateTransactionException.class})
    ResponseEntity<Map<String, Object>> databaseDown(Exception e) {
        log.warn("Database unavailable: {}", e.getMessage());
        return respond(HttpStatus.SERVICE_UNAVAILABLE, body("database_unavailable", DatabaseFailures.API_MESSAGE));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> unexpected(Exception e) {
        PayloadTooLargeException tooLarge = causeOf(e, PayloadTooLargeException.class);
        if (tooLarge != null) {
            return factline(tooLarge);
        }
        if (DatabaseFailures.isUnavailable(e)) {
            // e.g. the connection died mid-statement and the rollback failed after it
            return databaseDown(e);
        }
        log.error("Unexpected API failure", e);
        return respond(HttpStatus.INTERNAL_SERVER_ERROR, body("internal_error", "Something went wrong on the server; nothing was changed."));
    }

    private static <T extends Throwable> @Nullable T causeOf(Throwable e, Class<T> type) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }

    public static Map<String, Object> body(String error, @Nullable String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("message", message == null ? error : message);
        return body;
    }

    private static ResponseEntity<Map<String, Object>> respond(HttpStatus status, Map<String, Object> body) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
