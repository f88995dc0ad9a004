package io.github.zmqspring.sample.docs.support;

/**
 * A unit of work, as the documentation's pipeline examples use it.
 *
 * @param id the task's number
 * @param input what to work on
 * @author zmq-spring-boot
 */
public record Task(int id, long input) {

}
