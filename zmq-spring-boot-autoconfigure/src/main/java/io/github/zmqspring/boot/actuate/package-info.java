/**
 * Actuator support: the {@code zmq} health contributor and the endpoint meters.
 */
@NullMarked
package io.github.zmqspring.boot.actuate;

import org.jspecify.annotations.NullMarked;
