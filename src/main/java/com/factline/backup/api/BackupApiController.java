package com.factline.backup.api;

import com.factline.backup.BackupFile;
import com.factline.backup.BackupService;
import com.factline.backup.RestoreResult;
import com.factline.base.CurrentUser;
import com.factline.base.FactlineProperties;
import com.factline.base.PayloadTooLargeException;
import com.factline.base.Role;
import com.factline.project.ProjectId;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class BackupApiController {

    record RestoreJson(long projectId, String name, Map<String, Integer> counts, List<String> warnings) {
    }

    private final BackupService backups;
    private final long limit;

    BackupApiController(BackupService backups, FactlineProperties props) {
        this.backups = backups;
        this.limit = props.maxBackupBytesOrDefault();
    }

    @GetMapping("/api/v1/projects/{projectId}/backup")
    ResponseEntity<byte[]> backup(@PathVariable long projectId) {
        BackupFile file = backups.backup(new ProjectId(projectId));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName()).build().toString())
                .body(file.bytes());
    }

    @PostMapping(path = FactlineProperties.RESTORE_PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RestoreJson> restore(InputStream body) throws IOException {
        // The service decides; this only spares reading a large body that would be refused anyway.
        if (!CurrentUser.require().role().includes(Role.ADMIN)) {
            throw new AccessDeniedException("Only an admin may restore a project: it needs the admin role.");
        }
        byte[] bytes = body.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 16));
        if (bytes.length > limit) {
            throw new PayloadTooLargeException("The backup file is larger than the " + limit + " bytes this server accepts"
                    + " (factline.max-backup-bytes).");
        }
        RestoreResult r = backups.restore(bytes);
        return ResponseEntity.created(URI.create("/api/v1/projects/" + r.projectId().value()))
                .body(new RestoreJson(r.projectId().value(), r.name(), r.counts(), r.warnings()));
    }
}
