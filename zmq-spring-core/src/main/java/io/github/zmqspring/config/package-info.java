/**
 * Turning annotations into running listeners and clients: {@link io.github.zmqspring.config.EnableZmq}
 * and {@link io.github.zmqspring.config.EnableZmqClients}, the bean post-processor that finds
 * listener methods, and the registrars that make client interfaces into beans.
 */
@NullMarked
package io.github.zmqspring.config;

import org.jspecify.annotations.NullMarked;
