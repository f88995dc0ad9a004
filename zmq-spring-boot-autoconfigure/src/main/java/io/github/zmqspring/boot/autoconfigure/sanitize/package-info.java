/**
 * Auto-configuration that keeps ZeroMQ secret keys and passwords out of Actuator.
 */
@NullMarked
package io.github.zmqspring.boot.autoconfigure.sanitize;

import org.jspecify.annotations.NullMarked;
