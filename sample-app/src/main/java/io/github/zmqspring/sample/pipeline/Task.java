package io.github.zmqspring.sample.pipeline;

/**
 * A unit of work sent by the ventilator.
 *
 * @param id the task number
 * @param input the number to square
 * @author zmq-spring-boot
 */
public record Task(int id, long input) {

}
