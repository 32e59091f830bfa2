/** Users, roles, sign-in (form, HTTP Basic, API tokens) and the security filter chains. */
@NullMarked
package com.factline.security;

import org.jspecify.annotations.NullMarked;
