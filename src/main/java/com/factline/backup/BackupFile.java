package com.factline.backup;

/** A project's backup: the JSON bytes and the file name to offer them under. */
public record BackupFile(String fileName, byte[] bytes) {

    public static final String MEDIA_TYPE = "application/json";
}
