/**
 * Auto-configuration of the {@code zmq} Actuator endpoint.
 */
@NullMarked
package io.github.zmqspring.boot.autoconfigure.endpoint;

import org.jspecify.annotations.NullMarked;
