package com.factline.security;

public record UserId(@com.fasterxml.jackson.annotation.JsonValue long value) {
}
