/**
 * The Majordomo Protocol (MDP/0.2, ZeroMQ RFC 18): a service broker that hands each request
 * to the least recently used ready worker of its service, and the MDP workers that serve
 * {@code @ZmqWorker} methods through a broker.
 */
@NullMarked
package io.github.zmqspring.broker;

import org.jspecify.annotations.NullMarked;
