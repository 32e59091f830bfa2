package com.factline.export;

/** An export ready to send: file name, Content-Type and bytes. */
public record ExportFile(String fileName, String mediaType, byte[] bytes) {
}
