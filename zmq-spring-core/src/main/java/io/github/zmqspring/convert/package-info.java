/**
 * Payload conversion between objects and frame bytes, built on spring-messaging converters.
 */
@NullMarked
package io.github.zmqspring.convert;

import org.jspecify.annotations.NullMarked;
