package com.factline.discrepancy.detect;

public record DiffToken(Op op, String text) {
    public enum Op { EQUAL, DELETE, INSERT }
}
