package com.factline.temporal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FirstCharsTest {

    @Test
    void aPatternIsTriedOnlyWhereOneOfItsAlternativesCanBegin() {
        FirstChars f = FirstChars.of(Pattern.compile("(?i:(early|mid|the\\s+end\\s+of))\\s+|\\d{4}", Pattern.UNICODE_CASE));
        for (char c : "eEmMtT0123456789".toCharArray()) {
            assertTrue(f.mayStartWith(c), String.valueOf(c));
        }
        for (char c : "aAxX ,'-".toCharArray()) {
            assertFalse(f.mayStartWith(c), String.valueOf(c));
        }
    }

    @Test
    void aPatternThatMayMatchNothingOrReadsOnlyLaterMayBeginAnywhere() {
        assertTrue(FirstChars.of(Pattern.compile("\\s*(?:later)?")).mayStartWith('x'));
        assertTrue(FirstChars.of(Pattern.compile("(?=\\p{Alnum})")).mayStartWith('7'));
        assertFalse(FirstChars.of(Pattern.compile("(?=\\p{Alnum})")).mayStartWith(' '));
    }

    @Test
    void whatLooksBeforeItsStartOrLiesOutsideAsciiIsAlwaysTried() {
        assertTrue(FirstChars.of(Pattern.compile("(?<=x)y")).mayStartWith('y'));
        assertTrue(FirstChars.of(Pattern.compile("(?<=x)y")).mayStartWith('z'));
        assertTrue(FirstChars.of(Pattern.compile("\\bfoo")).mayStartWith(' '));
        // case-insensitive matching with Unicode case takes the long s for an s and the Kelvin sign for a k
        FirstChars s = FirstChars.of(Pattern.compile("(?i:some|k)", Pattern.UNICODE_CASE));
        assertTrue(s.mayStartWith('\u017f'));
        assertTrue(s.mayStartWith('\u212a'));
        assertTrue(Pattern.compile("(?i:some)", Pattern.UNICODE_CASE).matcher("\u017fome").matches());
    }
}
