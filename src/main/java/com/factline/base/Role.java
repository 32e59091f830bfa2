package com.factline.base;

/** What a user may do. Each role includes the rights of the ones before it. */
public enum Role {
    EDITOR, REVIEWER, ADMIN;

    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
