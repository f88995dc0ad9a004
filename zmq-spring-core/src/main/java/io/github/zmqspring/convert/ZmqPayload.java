package io.github.zmqspring.convert;

import org.jspecify.annotations.Nullable;

/**
 * A payload as it travels in a frame: its bytes and, when known, their content type.
 *
 * @param bytes the serialized payload
 * @param contentType the content type, or {@code null} when not stated
 * @author zmq-spring-boot
 */
public record ZmqPayload(byte[] bytes, @Nullable String contentType) {

}
