/**
 * Annotations that bind methods and interfaces to ZeroMQ endpoints; {@code io.github.zmqspring.config}
 * processes them.
 */
@NullMarked
package io.github.zmqspring.annotation;

import org.jspecify.annotations.NullMarked;
