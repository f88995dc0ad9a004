/**
 * The starter's wire protocol: the envelope header frame that carries the correlation id,
 * route, content type, status and user headers of every message, and its byte codec.
 * The format is specified byte by byte in {@code docs/protocol.md}. This package has no
 * Spring dependency.
 */
@NullMarked
package io.github.zmqspring.protocol;

import org.jspecify.annotations.NullMarked;
