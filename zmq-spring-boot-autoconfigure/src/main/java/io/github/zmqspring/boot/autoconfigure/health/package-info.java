/**
 * Auto-configuration of the {@code zmq} health contributor.
 */
@NullMarked
package io.github.zmqspring.boot.autoconfigure.health;

import org.jspecify.annotations.NullMarked;
