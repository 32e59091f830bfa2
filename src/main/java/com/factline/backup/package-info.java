/**
 * Backup and restore of a whole project as one JSON file. The one module that reads and writes
 * every project table with SQL directly: a backup must be complete and a restore atomic, which
 * the feature services (one row at a time, each with its own rules and audit entry) cannot give.
 * See docs/design-decisions/backup-format.md.
 */
@NullMarked
package com.factline.backup;

import org.jspecify.annotations.NullMarked;
