package com.factline.security.api;

import com.factline.base.CurrentUser;
import com.factline.security.AppUser;
import com.factline.security.UserService;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
class UserApiController {

    record UserJson(long id, String username, String displayName, String role, boolean enabled,
                    @org.jspecify.annotations.Nullable String email, java.time.@org.jspecify.annotations.Nullable Instant lastSignInAt) {
        static UserJson of(AppUser u) {
            return new UserJson(u.id().value(), u.username(), u.displayName(), u.role().name(), u.enabled(), u.email(), u.lastSignInAt());
        }
    }

    private final UserService users;
    private final com.factline.security.ApiTokenService tokens;
    private final com.factline.project.ProjectService projects;
    private final com.factline.security.SessionService sessions;

    UserApiController(UserService users, com.factline.security.ApiTokenService tokens, com.factline.project.ProjectService projects,
                      com.factline.security.SessionService sessions) {
        this.users = users;
        this.tokens = tokens;
        this.projects = projects;
        this.sessions = sessions;
    }

    record TokenRequest(@org.jspecify.annotations.Nullable String name, @org.jspecify.annotations.Nullable Integer expiresInDays) {
    }

    /** Creates a personal API token; the secret is in this answer only. */
    @ResponseStatus(HttpStatus.CREATED)
    @org.springframework.web.bind.annotation.PostMapping(path = "/me/tokens", consumes = "application/json")
    org.springframework.http.ResponseEntity<Map<String, Object>> createToken(@org.springframework.web.bind.annotation.RequestBody TokenRequest in) {
        var created = tokens.create(in.name() == null ? "" : in.name(), in.expiresInDays());
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("id", created.token().id());
        body.put("name", created.token().name());
        body.put("token", created.secret());
        body.put("expiresAt", created.token().expiresAt());
        return org.springframework.http.ResponseEntity.status(201).body(body);
    }

    @GetMapping("/me/tokens")
    List<com.factline.security.ApiToken> myTokens() {
        return tokens.listMine();
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @org.springframework.web.bind.annotation.DeleteMapping("/me/tokens/{id}")
    org.springframework.http.ResponseEntity<Void> revoke(@org.springframework.web.bind.annotation.PathVariable long id) {
        tokens.revoke(id);
        return org.springframework.http.ResponseEntity.noContent().build();
    }

    record ProjectRoleJson(long id, String name, com.factline.project.@org.jspecify.annotations.Nullable ProjectRole role) {
    }

    /**
     * Who am I: handy to check a token. {@code projects} lists the caller's role in each project
     * they see; an admin sees every project, with role null where they are not a member.
     */
    @GetMapping("/me")
    Map<String, Object> me() {
        var u = CurrentUser.require();
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("id", u.userId());
        body.put("username", u.username());
        body.put("displayName", u.displayName());
        body.put("role", u.role().name());
        body.put("projects", projects.myRoles().stream()
                .map(p -> new ProjectRoleJson(p.projectId().value(), p.projectName(), p.role())).toList());
        return body;
    }

    /** Lifts the sign-in locks on a user name (ADMIN); the body is {@code {}}. */
    @org.springframework.web.bind.annotation.PostMapping("/users/{username}/unlock")
    Map<String, Object> unlock(@org.springframework.web.bind.annotation.PathVariable String username) {
        AppUser user = users.unlock(username);
        return Map.of("username", user.username(), "unlocked", true);
    }

    /** All users (ADMIN). */
    @GetMapping("/users")
    List<UserJson> list() {
        return users.list().stream().map(UserJson::of).toList();
    }

    record NewUserJson(@org.jspecify.annotations.Nullable String username, @org.jspecify.annotations.Nullable String displayName,
                       @org.jspecify.annotations.Nullable String email, @org.jspecify.annotations.Nullable String password,
                       @org.jspecify.annotations.Nullable String role) {
    }

    /** Creates an account (ADMIN). Without a password the answer has a one-time {@code setPasswordLink}. */
    @org.springframework.web.bind.annotation.PostMapping(path = "/users", consumes = "application/json")
    org.springframework.http.ResponseEntity<Map<String, Object>> create(@org.springframework.web.bind.annotation.RequestBody NewUserJson in) {
        com.factline.base.Role role = null;
        if (in.role() != null) {
            try {
                role = com.factline.base.Role.valueOf(in.role().strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new com.factline.base.InvalidInputException("A user's role is EDITOR or ADMIN.");
            }
        }
        var created = users.create(new com.factline.security.NewUser(in.username(), in.displayName(), in.email(), in.password(), role));
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("user", UserJson.of(created.user()));
        if (created.link() != null) {
            body.put("setPasswordLink", created.link().path());
            body.put("linkExpiresAt", created.link().expiresAt());
        }
        return org.springframework.http.ResponseEntity.created(java.net.URI.create("/api/v1/users/" + created.user().username())).body(body);
    }

    record UserChangeJson(@org.jspecify.annotations.Nullable String displayName, @org.jspecify.annotations.Nullable String email,
                          @org.jspecify.annotations.Nullable Boolean enabled) {
    }

    /** Changes display name, e-mail or enabled (ADMIN); disabling ends the user's sessions and tokens at once. */
    @org.springframework.web.bind.annotation.PutMapping(path = "/users/{username}", consumes = "application/json")
    UserJson update(@org.springframework.web.bind.annotation.PathVariable String username,
                    @org.springframework.web.bind.annotation.RequestBody UserChangeJson in) {
        return UserJson.of(users.update(username, new com.factline.security.UserChange(in.displayName(), in.email(), in.enabled())));
    }

    record PasswordJson(@org.jspecify.annotations.Nullable String password) {
    }

    /**
     * Resets a password (ADMIN): with {@code {"password": …}} to that password, with {@code {}} by a
     * one-time set-password link, returned once.
     */
    @org.springframework.web.bind.annotation.PostMapping(path = "/users/{username}/password-reset")
    Map<String, Object> resetPassword(@org.springframework.web.bind.annotation.PathVariable String username,
                                      @org.springframework.web.bind.annotation.RequestBody(required = false) @org.jspecify.annotations.Nullable PasswordJson in) {
        var link = users.resetPassword(username, in == null ? null : in.password());
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("username", username.strip().toLowerCase(java.util.Locale.ROOT));
        if (link != null) {
            body.put("setPasswordLink", link.path());
            body.put("linkExpiresAt", link.expiresAt());
        } else {
            body.put("passwordSet", true);
        }
        return body;
    }

    record PasswordChangeJson(@org.jspecify.annotations.Nullable String current, @org.jspecify.annotations.Nullable String password) {
    }

    /** Changes one's own password; wrong current password or a weak new one: 400 saying why. */
    @org.springframework.web.bind.annotation.PutMapping(path = "/me/password", consumes = "application/json")
    org.springframework.http.ResponseEntity<Void> changePassword(@org.springframework.web.bind.annotation.RequestBody PasswordChangeJson in) {
        users.changeMyPassword(in.current(), in.password());
        return org.springframework.http.ResponseEntity.noContent().build();
    }

    /** The caller's signed-in browser sessions (API calls themselves are sessionless). */
    @GetMapping("/me/sessions")
    List<com.factline.security.UserSession> mySessions() {
        return sessions.listMine();
    }

    @org.springframework.web.bind.annotation.DeleteMapping("/me/sessions/{id}")
    org.springframework.http.ResponseEntity<Void> endSession(@org.springframework.web.bind.annotation.PathVariable String id) {
        sessions.endMine(id);
        return org.springframework.http.ResponseEntity.noContent().build();
    }
}
