package io.github.zmqspring.sample.docs.support;

/**
 * A weather update, as the documentation's publish/subscribe examples use it.
 *
 * @param zip the area
 * @param temperature the temperature in degrees Celsius
 * @author zmq-spring-boot
 */
public record Weather(String zip, double temperature) {

}
