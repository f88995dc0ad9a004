package io.github.zmqspring.sample.docs.support;

/**
 * The outcome of a task, as the documentation's pipeline examples use it.
 *
 * @param taskId the task's number
 * @param value what the work produced
 * @author zmq-spring-boot
 */
public record Result(int taskId, long value) {

}
