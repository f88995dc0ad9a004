/**
 * Spring Boot auto-configuration for ZeroMQ: the {@code zmq.*} properties, the context,
 * the endpoint definitions and registry, and the listener handler executor.
 */
@NullMarked
package io.github.zmqspring.boot.autoconfigure;

import org.jspecify.annotations.NullMarked;
