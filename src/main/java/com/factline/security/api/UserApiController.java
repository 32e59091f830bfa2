package com.factline.security.api;

import com.factline.base.CurrentUser;
import com.factline.security.AppUser;
import com.factline.security.UserService;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
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

    UserApiController(UserService users) {
        this.users = users;
    }

    /** Who am I: handy to check a token. */
    @GetMapping("/me")
    Map<String, Object> me() {
        var u = CurrentUser.require();
        return Map.of("id", u.userId(), "username", u.username(), "displayName", u.displayName(), "role", u.role().name());
    }

    /** All users (ADMIN). */
    @GetMapping("/users")
    List<UserJson> list() {
        return users.list().stream().map(UserJson::of).toList();
    }
}
