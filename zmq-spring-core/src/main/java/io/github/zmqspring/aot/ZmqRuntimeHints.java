package io.github.zmqspring.aot;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/**
 * The starter's own reflective accesses: the optional libraries it detects with
 * {@code ClassUtils.isPresent} ({@code Class.forName} in a native image finds only
 * registered types, and GraalVM does not pre-compute these checks outside Spring's own
 * packages). Registered only when present at build time.
 *
 * @author zmq-spring-boot
 */
class ZmqRuntimeHints implements RuntimeHintsRegistrar {

	/**
	 * The classes probed: Protobuf and Jackson in {@code ZmqMessageConverters}, Reactor in
	 * {@code ZmqReplyMode}.
	 */
	static final List<String> DETECTED_TYPES = List.of("com.google.protobuf.Message",
			"tools.jackson.databind.json.JsonMapper", "reactor.core.publisher.Flux");

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		DETECTED_TYPES.forEach((name) -> hints.reflection().registerTypeIfPresent(classLoader, name, (type) -> {
		}));
	}

}
