package io.github.zmqspring.sample.pipeline;

/**
 * What a worker made of a task, sent to the sink.
 *
 * @param taskId the task number
 * @param worker the worker that did it
 * @param value the result
 * @author zmq-spring-boot
 */
public record Result(int taskId, String worker, long value) {

}
