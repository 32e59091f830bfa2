package com.factline.base;

/**
 * A change of the project was written in the current transaction on this instance (published with its
 * {@link AuditLog} entry). What keeps a project's values between requests listens after the commit
 * ({@code @TransactionalEventListener(phase = AFTER_COMMIT)}) and forgets them at once: the change notice
 * PostgreSQL delivers to every instance arrives milliseconds later, and a request right after one's own
 * write must not read the kept value meanwhile (issue #18). Other instances still learn of it by the notice.
 */
public record ProjectChanged(long projectId) {
}
