package com.factline.base;

/** The signed-in user as every module sees it; the security module supplies the implementation. */
public interface AppUserPrincipal {
    long userId();

    String username();

    String displayName();

    Role role();
}
