package com.factline.project;

import java.time.Instant;

public record ProjectSummary(ProjectId id, String name, String description, int sourceCount, int eventCount,
                             Instant createdAt, int version) {
}
