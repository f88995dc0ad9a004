package io.github.zmqspring.config;

/**
 * A bean that registers listener methods in code, next to (or instead of) the annotated
 * ones, as Spring Kafka's {@code KafkaListenerConfigurer} does. Every bean of this type is
 * called once all singletons exist, before the listener containers are created, so its
 * methods go the same way as annotated ones: methods naming the same socket share a
 * container, and the containers start with the context.
 *
 * @author zmq-spring-boot
 */
@FunctionalInterface
public interface ZmqListenerConfigurer {

	/**
	 * Register listener methods.
	 * @param registrar takes the {@link io.github.zmqspring.listener.ZmqListenerMethod}s
	 */
	void configureListeners(ZmqListenerRegistrar registrar);

}
