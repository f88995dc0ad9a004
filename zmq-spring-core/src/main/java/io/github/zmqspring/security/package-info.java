/**
 * Authentication and encryption of endpoints: CURVE and PLAIN settings applied to a socket
 * before it binds or connects ({@link io.github.zmqspring.security.ZmqSecurity}), the key
 * material they use, and the ZAP handler that checks every handshake of a context
 * ({@link io.github.zmqspring.security.ZmqAuthenticator}).
 */
@NullMarked
package io.github.zmqspring.security;

import org.jspecify.annotations.NullMarked;
