package io.github.zmqspring.listener;

import java.lang.reflect.Method;
import java.util.List;

import io.github.zmqspring.core.ZmqDispatchMode;
import org.jspecify.annotations.Nullable;
import org.zeromq.SocketType;

import org.springframework.util.StringUtils;

/**
 * The description of one listener method: which socket it serves, where that socket binds or
 * connects, which route it answers, how many messages it may process at once and where. A
 * {@link ZmqListenerContainerFactory} turns the endpoints that share a socket into one
 * container.
 *
 * @param socketType the socket type the listener annotation stands for
 * @param id the listener id (also the socket's id for inline endpoints)
 * @param endpoint the name of a configured endpoint, or empty for inline addresses
 * @param bind inline bind addresses
 * @param connect inline connect addresses
 * @param route the route this method serves (empty: the default route)
 * @param topics the topics a SUB listener subscribes to (empty for other types)
 * @param concurrency messages processed at once, or {@code null} for the factory default
 * @param autoStartup whether to start with the context, or {@code null} for the default
 * @param errorHandler handles the messages the method failed to process, or {@code null}
 * @param dispatch where the method runs, or {@code null} for the endpoint's setting
 * @param bean the bean holding the method
 * @param method the method to invoke
 * @author zmq-spring-boot
 */
public record ZmqListenerMethod(SocketType socketType, String id, String endpoint, List<String> bind,
		List<String> connect, String route, List<String> topics, @Nullable Integer concurrency, @Nullable Boolean autoStartup,
		@Nullable ZmqListenerErrorHandler errorHandler, @Nullable ZmqDispatchMode dispatch, Object bean,
		Method method) {

	/**
	 * The id of the socket this listener is served by: the endpoint name when one is given,
	 * else the listener id. Listeners with the same socket id share one socket.
	 * @return the socket id
	 */
	public String socketId() {
		return StringUtils.hasText(this.endpoint) ? this.endpoint : this.id;
	}

	@Override
	public String toString() {
		return "@" + this.socketType + " listener '" + this.id + "' (route '" + this.route + "') on "
				+ this.method.getDeclaringClass().getSimpleName() + "." + this.method.getName();
	}

}
