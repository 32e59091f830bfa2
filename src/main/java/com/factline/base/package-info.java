/**
 * Shared building blocks: the app shell and layout, the embedded database, error types,
 * the audit log and the signed-in user. Open to every other module.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package com.factline.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
