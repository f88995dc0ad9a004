package io.github.zmqspring.boot.autoconfigure.convert;

/**
 * A payload of the conversion tests that only {@link SampleCsvConverter} writes as
 * {@code text/csv}.
 *
 * @param name a name
 * @param count a number
 * @author zmq-spring-boot
 */
public record Sample(String name, int count) {

}
