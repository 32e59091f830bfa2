package com.factline.base;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param dataDir       where the embedded database keeps its files
 * @param demo          create the sample project and demo accounts; unset means "yes with the embedded database"
 * @param adminPassword password of the first admin outside demo mode; a random one is logged when unset
 * @param maxImportBytes largest article accepted on import
 * @param maxBackupBytes largest backup file a restore accepts
 */
@ConfigurationProperties("factline")
public record FactlineProperties(
        @Nullable String dataDir,
        @Nullable Boolean demo,
        @Nullable String adminPassword,
        @Nullable Long maxImportBytes,
        @Nullable Long maxBackupBytes) {

    public String dataDirOrDefault() {
        return dataDir == null || dataDir.isBlank() ? "./data" : dataDir;
    }

    public long maxImportBytesOrDefault() {
        return maxImportBytes == null ? 5L * 1024 * 1024 : maxImportBytes;
    }

    public long maxBackupBytesOrDefault() {
        return maxBackupBytes == null ? 100L * 1024 * 1024 : maxBackupBytes;
    }

    /** The one API path whose body may be a whole project: a restore. */
    public static final String RESTORE_PATH = "/api/v1/projects/restore";
}
