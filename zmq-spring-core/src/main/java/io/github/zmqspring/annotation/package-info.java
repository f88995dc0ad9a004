/**
 * Annotations that bind methods and interfaces to ZeroMQ endpoints, and their processing.
 */
@NullMarked
package io.github.zmqspring.annotation;

import org.jspecify.annotations.NullMarked;
