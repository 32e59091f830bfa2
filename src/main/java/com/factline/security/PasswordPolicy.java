package com.factline.security;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The minimum strength of a password a person chooses: at least {@value #MIN_LENGTH} characters
 * (length is what makes a password hard to guess), at most {@value #MAX_LENGTH}, not the user
 * name, not one character repeated or a run like "123456789012", and not one of the passwords
 * every guessing list starts with. Pure, so it is tested without Spring.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 200;
    public static final String STATED = "At least " + MIN_LENGTH + " characters; not your user name, not a repeated"
            + " character or a simple run, not a common password.";

    private static final Set<String> COMMON = Set.of("password", "passw0rd", "password1", "password123", "qwerty", "qwertyuiop",
            "letmein", "welcome", "iloveyou", "admin", "administrator", "factline", "changeme", "monkey", "dragon",
            "football", "baseball", "sunshine", "princess", "trustno1", "abc123", "123456", "secret", "newsroom");

    private PasswordPolicy() {
    }

    /** Why {@code password} is too weak for {@code username}, or empty when it is strong enough. */
    public static Optional<String> problem(String username, String password) {
        if (password.length() < MIN_LENGTH) {
            return Optional.of("A password needs at least " + MIN_LENGTH + " characters (this one has " + password.length() + ").");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("A password has at most " + MAX_LENGTH + " characters.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String user = username.toLowerCase(Locale.ROOT);
        if (!user.isEmpty() && lower.contains(user) && user.length() * 2 >= lower.length()) {
            return Optional.of("A password must not be (mostly) your user name.");
        }
        if (password.chars().distinct().count() <= 2) {
            return Optional.of("A password must not be one or two characters repeated.");
        }
        if (isRun(lower)) {
            return Optional.of("A password must not be a simple run of characters like \u201cabcdefghijkl\u201d or \u201c123456789012\u201d.");
        }
        String stripped = lower.replaceAll("[^a-z]", "");
        if (COMMON.contains(lower) || COMMON.contains(stripped) || COMMON.contains(lower.replaceAll("[0-9!?.]+$", ""))) {
            return Optional.of("This is one of the most common passwords; choose another.");
        }
        return Optional.empty();
    }

    /** Every character one more (or one less) than the one before: abcd…, 1234567890…, 9876…. */
    private static boolean isRun(String s) {
        int step = step(s.charAt(0), s.charAt(1));
        if (step == 0) {
            return false;
        }
        for (int i = 2; i < s.length(); i++) {
            if (step(s.charAt(i - 1), s.charAt(i)) != step) {
                return false;
            }
        }
        return true;
    }

    /** +1 or -1 when {@code b} follows or precedes {@code a} (digits wrap 9→0, letters z→a), else 0. */
    private static int step(char a, char b) {
        int mod = Character.isDigit(a) && Character.isDigit(b) ? 10
                : Character.isLetter(a) && Character.isLetter(b) && a < 128 && b < 128 ? 26 : 0;
        if (mod == 0) {
            return 0;
        }
        int d = Math.floorMod(b - a, mod);
        return d == 1 ? 1 : d == mod - 1 ? -1 : 0;
    }
}
