/** The sample project, created on first start in demo mode. */
@NullMarked
package com.factline.demo;

import org.jspecify.annotations.NullMarked;
