package com.factline.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Keeps "last sign-in" of the people list: every successful password sign-in (form or Basic). */
@Component
class SignInRecorder {

    private final UserService users;

    SignInRecorder(UserService users) {
        this.users = users;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof FactlineUserDetails user) {
            users.recordSignIn(user.userId());
        }
    }
}
