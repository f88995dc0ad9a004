/**
 * Clients: request/reply over DEALER, annotated client interfaces and their proxies.
 */
@NullMarked
package io.github.zmqspring.client;

import org.jspecify.annotations.NullMarked;
