package com.factline.project;

import org.jspecify.annotations.Nullable;

/** What a user types to create a project. */
public record ProjectData(@Nullable String name, @Nullable String description) {
}
