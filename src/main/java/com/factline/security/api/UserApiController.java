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

    record UserJson(long id, String username, String displayName, String role, boolean enabled) {
        static UserJson of(AppUser u) {
            return new UserJson(u.id().value(), u.username(), u.displayName(), u.role().name(), u.enabled());
        }
    }

    private final UserService users;
    private final com.factline.security.ApiTokenService tokens;

    UserApiController(UserService users, com.factline.security.ApiTokenService tokens) {
        this.users = users;
        this.tokens = tokens;
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

    /** Who am I: handy to check a token. */
    @GetMapping("/me")
    Map<String, Object> me() {
        var u = CurrentUser.require();
        return Map.of("id", u.userId(), "username", u.username(), "displayName", u.displayName(), "role", u.role().name());
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
}
