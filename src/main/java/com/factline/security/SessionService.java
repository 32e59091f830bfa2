package com.factline.security;

import com.factline.base.AuditLog;
import com.factline.base.CurrentUser;
import com.factline.base.NotFoundException;
import com.factline.base.Sha256;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The browser sessions of the signed-in user: listed and ended here. An ended session is refused
 * at its next request (Spring Security's concurrent-session filter checks the registry on every
 * request), so ending one takes effect at once.
 */
@Service
public class SessionService {

    private final SessionRegistry registry;
    private final AuditLog audit;

    SessionService(SessionRegistry registry, AuditLog audit) {
        this.registry = registry;
        this.audit = audit;
    }

    @PreAuthorize("isAuthenticated()")
    public List<UserSession> listMine() {
        String current = currentSessionId();
        return sessionsOf(CurrentUser.require().userId()).stream()
                .map(s -> new UserSession(handle(s.getSessionId()), s.getLastRequest().toInstant(), s.getSessionId().equals(current)))
                .sorted(Comparator.comparing(UserSession::lastRequest).reversed())
                .toList();
    }

    /** Ends one of the signed-in user's sessions (the current one too, which signs them out). */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void endMine(String id) {
        var user = CurrentUser.require();
        SessionInformation session = sessionsOf(user.userId()).stream().filter(s -> handle(s.getSessionId()).equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("No active session " + id + " of yours."));
        session.expireNow();
        audit.record(null, "session", user.userId(), "end", null, java.util.Map.of("session", id));
    }

    /** Ends every session of a user (disabled, or password changed by an admin); returns how many. */
    int endAllOf(long userId) {
        List<SessionInformation> sessions = sessionsOf(userId);
        sessions.forEach(SessionInformation::expireNow);
        return sessions.size();
    }

    private List<SessionInformation> sessionsOf(long userId) {
        return registry.getAllPrincipals().stream()
                .filter(p -> p instanceof FactlineUserDetails d && d.userId() == userId)
                .flatMap(p -> registry.getAllSessions(p, false).stream())
                .toList();
    }

    static String handle(String sessionId) {
        return Sha256.hex(sessionId).substring(0, 16);
    }

    private static @Nullable String currentSessionId() {
        var attributes = RequestContextHolder.getRequestAttributes();
        return attributes == null ? null : attributes.getSessionId();
    }
}
