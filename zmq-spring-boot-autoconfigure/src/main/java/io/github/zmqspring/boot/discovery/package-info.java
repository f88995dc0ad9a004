/**
 * Endpoints whose connect addresses follow a service registry (Spring Cloud's
 * {@code DiscoveryClient}) or a DNS name, and the ports a server publishes into its
 * service-instance metadata.
 */
@NullMarked
package io.github.zmqspring.boot.discovery;

import org.jspecify.annotations.NullMarked;
