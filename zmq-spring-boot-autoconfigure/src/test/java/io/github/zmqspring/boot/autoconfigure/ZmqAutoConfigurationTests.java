/*
 * Copyright 2026-present the original author or authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

package io.github.zmqspring.boot.autoconfigure;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

import io.github.zmqspring.core.ZmqContextFactoryBean;
import io.github.zmqspring.core.ZmqEndpointDefinition;
import io.github.zmqspring.core.ZmqEndpointDefinitions;
import io.github.zmqspring.core.ZmqEndpointRegistry;
import io.github.zmqspring.core.ZmqEndpointRole;
import io.github.zmqspring.core.ZmqEndpointState;
import io.github.zmqspring.core.ZmqSocketLoop;
import io.github.zmqspring.core.ZmqSocketOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zeromq.SocketType;
import org.zeromq.ZContext;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ZmqAutoConfiguration}.
 */
class ZmqAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ZmqAutoConfiguration.class));

	@Test
	void whenNothingIsDefinedThenZmqBeansAreAutoConfigured() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(ZContext.class)
				.hasSingleBean(ZmqContextFactoryBean.class)
				.hasBean(ZmqAutoConfiguration.CONTEXT_BEAN_NAME)
				.hasSingleBean(ZmqEndpointDefinitions.class)
				.hasSingleBean(ZmqEndpointRegistry.class)
				.hasSingleBean(ZmqPortInfoApplicationListener.class)
				.hasBean(ZmqAutoConfiguration.LISTENER_TASK_EXECUTOR_BEAN_NAME);
			assertThat(context.getBean(ZmqEndpointDefinitions.class).all()).isEmpty();
			ThreadPoolTaskExecutor executor = context.getBean(ZmqAutoConfiguration.LISTENER_TASK_EXECUTOR_BEAN_NAME,
					ThreadPoolTaskExecutor.class);
			assertThat(executor.getCorePoolSize()).isEqualTo(16);
			assertThat(executor.getMaxPoolSize()).isEqualTo(16);
			assertThat(executor.getThreadNamePrefix()).isEqualTo("zmq-handler-");
			assertThat(context.getBean(ZmqEndpointRegistry.class).isRunning()).isTrue();
		});
	}

	@Test
	void whenUserDefinesZContextThenAutoConfiguredContextBacksOff() {
		ZContext userContext = new ZContext(1);
		this.contextRunner.withBean(ZContext.class, () -> userContext).run((context) -> {
			assertThat(context).hasSingleBean(ZContext.class)
				.doesNotHaveBean(ZmqContextFactoryBean.class)
				.doesNotHaveBean(ZmqAutoConfiguration.CONTEXT_BEAN_NAME);
			assertThat(context.getBean(ZContext.class)).isSameAs(userContext);
		});
		assertThat(userContext.isClosed()).as("closed with the application context").isTrue();
	}

	@Test
	void whenUserDefinesEndpointDefinitionsThenAutoConfiguredOnesBackOff() {
		ZmqEndpointDefinitions userDefinitions = ZmqEndpointDefinitions.empty();
		this.contextRunner.withBean(ZmqEndpointDefinitions.class, () -> userDefinitions)
			.withPropertyValues("zmq.endpoints.orders.bind=tcp://*:5555")
			.run((context) -> {
				assertThat(context).hasSingleBean(ZmqEndpointDefinitions.class);
				assertThat(context.getBean(ZmqEndpointDefinitions.class)).isSameAs(userDefinitions);
			});
	}

	@Test
	void whenUserDefinesEndpointRegistryThenAutoConfiguredOneBacksOff() {
		ZmqEndpointRegistry userRegistry = new ZmqEndpointRegistry();
		this.contextRunner.withBean(ZmqEndpointRegistry.class, () -> userRegistry).run((context) -> {
			assertThat(context).hasSingleBean(ZmqEndpointRegistry.class);
			assertThat(context.getBean(ZmqEndpointRegistry.class)).isSameAs(userRegistry);
		});
	}

	@Test
	void whenUserDefinesListenerTaskExecutorThenAutoConfiguredOneBacksOff() {
		SyncTaskExecutor userExecutor = new SyncTaskExecutor();
		this.contextRunner
			.withBean(ZmqAutoConfiguration.LISTENER_TASK_EXECUTOR_BEAN_NAME, Executor.class, () -> userExecutor)
			.run((context) -> assertThat(context.getBean(ZmqAutoConfiguration.LISTENER_TASK_EXECUTOR_BEAN_NAME))
				.isSameAs(userExecutor));
	}

	@Test
	void whenZContextIsNotOnClasspathThenAutoConfigurationIsSkipped() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(ZContext.class))
			.run((context) -> assertThat(context).doesNotHaveBean(ZmqProperties.class)
				.doesNotHaveBean(ZmqEndpointRegistry.class)
				.doesNotHaveBean(ZmqAutoConfiguration.LISTENER_TASK_EXECUTOR_BEAN_NAME));
	}

	@Test
	void whenTaskExecutionIsAutoConfiguredThenApplicationTaskExecutorStaysTheExecutorToInject() {
		this.contextRunner.withConfiguration(AutoConfigurations.of(TaskExecutionAutoConfiguration.class))
			.withBean(ExecutorUser.class)
			.run((context) -> {
				assertThat(context).hasNotFailed()
					.hasBean(TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME)
					.hasBean(ZmqAutoConfiguration.LISTENER_TASK_EXECUTOR_BEAN_NAME);
				assertThat(context.getBean(ExecutorUser.class).executor)
					.isSameAs(context.getBean(TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME));
			});
	}

	@Test
	void whenPropertiesAreSetThenTheyBind() {
		this.contextRunner
			.withPropertyValues("zmq.context.io-threads=2", "zmq.context.shutdown-timeout=5s",
					"zmq.context.max-sockets=100", "zmq.listener.concurrency=4", "zmq.listener.pool-size=3",
					"zmq.defaults.send-hwm=500", "zmq.defaults.max-message-size=1MB", "zmq.defaults.linger=250ms",
					"zmq.defaults.heartbeat.interval=1s", "zmq.defaults.heartbeat.timeout=5s",
					"zmq.defaults.heartbeat.ttl=10s", "zmq.defaults.reconnect.interval=100ms",
					"zmq.defaults.reconnect.max-interval=5s", "zmq.defaults.request-timeout=2s",
					"zmq.endpoints.orders.type=router", "zmq.endpoints.orders.bind[0]=tcp://*:5555",
					"zmq.endpoints.orders.bind[1]=inproc://orders", "zmq.endpoints.orders.send-hwm=2000",
					"zmq.endpoints.orders.max-message-size=16MB", "zmq.endpoints.orders.heartbeat.interval=2s",
					"zmq.endpoints.orders.identity=orders-1", "zmq.endpoints.orders.immediate=true",
					"zmq.endpoints.prices.connect=tcp://a:5556,tcp://b:5556",
					"zmq.endpoints.prices.max-message-size=-1", "zmq.endpoints.prices.router-mandatory=false")
			.run((context) -> {
				ZmqProperties properties = context.getBean(ZmqProperties.class);
				assertThat(properties.getContext().getShutdownTimeout()).isEqualTo(Duration.ofSeconds(5));
				assertThat(properties.getListener().getConcurrency()).isEqualTo(4);
				assertThat(properties.getDefaults().getMaxMessageSize()).isEqualTo(DataSize.ofMegabytes(1));
				assertThat(properties.getEndpoints()).containsOnlyKeys("orders", "prices");
				assertThat(properties.getEndpoints().get("prices").getConnect()).containsExactly("tcp://a:5556",
						"tcp://b:5556");

				ZContext zContext = context.getBean(ZContext.class);
				assertThat(zContext.getIoThreads()).isEqualTo(2);
				assertThat(zContext.getContext().getMaxSockets()).isEqualTo(100);
				assertThat(context
					.getBean(ZmqAutoConfiguration.LISTENER_TASK_EXECUTOR_BEAN_NAME, ThreadPoolTaskExecutor.class)
					.getMaxPoolSize()).isEqualTo(3);

				ZmqEndpointDefinitions definitions = context.getBean(ZmqEndpointDefinitions.class);
				ZmqEndpointDefinition orders = definitions.get("orders");
				assertThat(orders.type()).isEqualTo(SocketType.ROUTER);
				assertThat(orders.bind()).containsExactly("tcp://*:5555", "inproc://orders");
				assertThat(orders.requestTimeout()).as("inherited").isEqualTo(Duration.ofSeconds(2));
				ZmqSocketOptions ordersOptions = orders.options();
				assertThat(ordersOptions.sendHwm()).as("overridden").isEqualTo(2000);
				assertThat(ordersOptions.receiveHwm()).as("built-in").isEqualTo(1000);
				assertThat(ordersOptions.linger()).as("inherited").isEqualTo(Duration.ofMillis(250));
				assertThat(ordersOptions.maxMessageSize()).as("overridden").isEqualTo(16L * 1024 * 1024);
				assertThat(ordersOptions.heartbeatInterval()).as("overridden").isEqualTo(Duration.ofSeconds(2));
				assertThat(ordersOptions.heartbeatTimeout()).as("inherited").isEqualTo(Duration.ofSeconds(5));
				assertThat(ordersOptions.heartbeatTtl()).as("inherited").isEqualTo(Duration.ofSeconds(10));
				assertThat(ordersOptions.reconnectInterval()).isEqualTo(Duration.ofMillis(100));
				assertThat(ordersOptions.reconnectMaxInterval()).isEqualTo(Duration.ofSeconds(5));
				assertThat(ordersOptions.identity()).asString(StandardCharsets.UTF_8).isEqualTo("orders-1");
				assertThat(ordersOptions.immediate()).isTrue();
				assertThat(ordersOptions.routerMandatory()).isTrue();

				ZmqEndpointDefinition prices = definitions.get("prices");
				assertThat(prices.type()).isNull();
				assertThat(prices.connect()).containsExactly("tcp://a:5556", "tcp://b:5556");
				assertThat(prices.options().maxMessageSize()).isEqualTo(-1);
				assertThat(prices.options().routerMandatory()).isFalse();
				assertThat(prices.options().sendHwm()).as("inherited").isEqualTo(500);
				assertThat(prices.options().identity()).isNull();

				ZmqEndpointDefinition inline = definitions.resolve("inline", "", List.of("tcp://*:*"), List.of());
				assertThat(inline.options().sendHwm()).isEqualTo(500);
				assertThat(inline.options().maxMessageSize()).isEqualTo(1024 * 1024);
				assertThat(inline.options().heartbeatInterval()).isEqualTo(Duration.ofSeconds(1));
				assertThat(inline.requestTimeout()).isEqualTo(Duration.ofSeconds(2));
				assertThat(inline.sendTimeout()).isEqualTo(Duration.ofSeconds(5));
			});
	}

	@ParameterizedTest(name = "{0}={1}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			zmq.endpoints.orders.bind[0]           | tcp://localhost     | is not a valid tcp address
			zmq.endpoints.orders.bind[0]           | tcp://*:70000       | has a port above 65535
			zmq.endpoints.orders.connect[0]        | http://orders:5555  | is not a valid ZeroMQ address
			zmq.endpoints.orders.send-hwm          | -1                  | 'sendHwm' must not be negative
			zmq.defaults.send-hwm                  | -5                  | 'sendHwm' must not be negative
			zmq.defaults.receive-hwm               | -1                  | 'receiveHwm' must not be negative
			zmq.endpoints.orders.max-message-size  | -2B                 | 'maxMessageSize' must be -1 (no limit)
			zmq.endpoints.orders.linger            | -1s                 | 'linger' must not be negative
			zmq.endpoints.orders.heartbeat.ttl     | 1h                  | 'heartbeatTtl' must be at most 655399ms
			zmq.defaults.reconnect.max-interval    | -1ms                | 'reconnectMaxInterval' must not be negative
			zmq.endpoints.orders.identity          | ""                  | 'identity' must be 1 to 255 bytes
			zmq.defaults.send-queue-capacity       | 0                   | 'sendQueueCapacity' must be positive
			zmq.defaults.send-timeout              | -1s                 | 'sendTimeout' must not be negative
			zmq.endpoints.orders.request-timeout   | 0s                  | 'requestTimeout' must be positive
			zmq.defaults.max-in-flight             | 0                   | 'maxInFlight' must be positive
			zmq.endpoints.orders.content-type      | json                | does not contain '/'
			zmq.defaults.content-type              | application/*       | 'contentType' must be a concrete MIME type
			zmq.context.io-threads                 | 0                   | must be at least 1
			zmq.context.max-sockets                | 0                   | must be at least 1
			zmq.context.shutdown-timeout           | -1s                 | must not be negative
			zmq.listener.pool-size                 | 0                   | must be at least 1
			""")
	void whenValueIsInvalidThenStartupFailsNamingTheProperty(String property, String value, String reason) {
		this.contextRunner.withPropertyValues("zmq.endpoints.orders.bind[0]=tcp://*:5555", property + "=" + value)
			.withBean(ContextUser.class)
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.isInstanceOf(InvalidConfigurationPropertyValueException.class)
					.hasMessageContaining("Property " + property + " with value '")
					.hasMessageContaining(reason)
					.extracting("name")
					.isEqualTo(property);
			});
	}

	@Test
	void whenEndpointHasNoAddressThenStartupFailsNamingTheEndpoint() {
		this.contextRunner.withPropertyValues("zmq.endpoints.orders.send-hwm=10").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(InvalidConfigurationPropertyValueException.class)
				.hasMessageContaining("zmq.endpoints.orders.bind")
				.hasMessageContaining("endpoint 'orders' needs at least one address: set 'zmq.endpoints.orders.bind', "
						+ "'zmq.endpoints.orders.connect' or 'zmq.endpoints.orders.discovery.service-id'");
		});
	}

	@Test
	void whenSocketTypeIsUnknownThenBinderFailureNamesTheProperty() {
		this.contextRunner
			.withPropertyValues("zmq.endpoints.orders.bind=tcp://*:5555", "zmq.endpoints.orders.type=PUBLISHER")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure())
					.hasStackTraceContaining("Failed to bind properties under 'zmq.endpoints.orders.type'")
					.hasStackTraceContaining("PUBLISHER");
			});
	}

	@Test
	@EnabledForJreRange(min = JRE.JAVA_21)
	void whenVirtualThreadsAreEnabledThenHandlersRunOnVirtualThreads() {
		this.contextRunner.withPropertyValues("spring.threads.virtual.enabled=true").run((context) -> {
			SimpleAsyncTaskExecutor executor = context.getBean(ZmqAutoConfiguration.LISTENER_TASK_EXECUTOR_BEAN_NAME,
					SimpleAsyncTaskExecutor.class);
			CompletableFuture<String> thread = new CompletableFuture<>();
			executor.execute(() -> {
				Thread current = Thread.currentThread();
				thread.complete(current.getName() + " virtual=" + isVirtual(current));
			});
			assertThat(thread.get(10, TimeUnit.SECONDS)).startsWith("zmq-handler-").endsWith(" virtual=true");
		});
	}

	@Test
	void whenVirtualThreadsAreOffThenHandlersRunOnThePool() {
		this.contextRunner.run((context) -> {
			Executor executor = context.getBean(ZmqAutoConfiguration.LISTENER_TASK_EXECUTOR_BEAN_NAME, Executor.class);
			CompletableFuture<String> thread = new CompletableFuture<>();
			executor.execute(() -> thread.complete(Thread.currentThread().getName()));
			assertThat(thread.get(10, TimeUnit.SECONDS)).startsWith("zmq-handler-");
		});
	}

	@Test
	void whenEndpointBindsRandomPortThenPortIsInEnvironmentAndCloseStopsIt() {
		this.contextRunner
			.withPropertyValues("zmq.endpoints.orders.bind=tcp://127.0.0.1:*", "zmq.context.shutdown-timeout=2s")
			.run((context) -> {
				ZContext zContext = context.getBean(ZContext.class);
				ZmqEndpointDefinition definition = context.getBean(ZmqEndpointDefinitions.class)
					.get("orders")
					.withType(SocketType.PULL);
				ZmqSocketLoop loop = new ZmqSocketLoop(zContext, definition, ZmqEndpointRole.LISTENER, List.of(),
						(message, done) -> done.run(), 1);
				loop.setShutdownTimeout(Duration.ofSeconds(2));
				context.getBean(ZmqEndpointRegistry.class).register(loop);
				assertThat(loop.getState()).isEqualTo(ZmqEndpointState.RUNNING);
				String bound = loop.getBoundAddresses().get(0);
				int port = Integer.parseInt(bound.substring(bound.lastIndexOf(':') + 1));
				assertThat(port).isPositive();
				assertThat(context.getEnvironment().getProperty("local.zmq.orders.port", Integer.class))
					.isEqualTo(port);
				assertThat(context.getEnvironment()
					.getPropertySources()
					.contains(ZmqPortInfoApplicationListener.PROPERTY_SOURCE_NAME)).isTrue();

				long start = System.nanoTime();
				context.close();
				assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
				assertThat(loop.getState()).isEqualTo(ZmqEndpointState.STOPPED);
				assertThat(zContext.isClosed()).isTrue();
			});
	}

	@Test
	void whenEndpointBindsNoTcpAddressThenNoPortIsPublished() {
		this.contextRunner.withPropertyValues("zmq.endpoints.local.bind=inproc://local").run((context) -> {
			ZmqEndpointDefinition definition = context.getBean(ZmqEndpointDefinitions.class)
				.get("local")
				.withType(SocketType.PULL);
			ZmqSocketLoop loop = new ZmqSocketLoop(context.getBean(ZContext.class), definition,
					ZmqEndpointRole.LISTENER, List.of(), (message, done) -> done.run(), 1);
			context.getBean(ZmqEndpointRegistry.class).register(loop);
			assertThat(loop.getState()).isEqualTo(ZmqEndpointState.RUNNING);
			assertThat(context.getEnvironment().containsProperty("local.zmq.local.port")).isFalse();
		});
	}

	@Test
	void whenContextClosesThenHandlerExecutorKeepsRunningTasksUntilEndpointsHaveStopped() {
		this.contextRunner.withBean(LateSubmitter.class).run((context) -> {
			LateSubmitter submitter = context.getBean(LateSubmitter.class);
			context.close();
			assertThat(submitter.ranOn).isDone();
			assertThat(submitter.ranOn.get()).startsWith("zmq-handler-");
		});
	}

	private static boolean isVirtual(Thread thread) {
		try {
			return (boolean) Thread.class.getMethod("isVirtual").invoke(thread);
		}
		catch (ReflectiveOperationException ex) {
			return false;
		}
	}

	static class ExecutorUser {

		final Executor executor;

		ExecutorUser(Executor executor) {
			this.executor = executor;
		}

	}

	/**
	 * Stops after the executor's own life-cycle stop and before the endpoint registry, as
	 * a listener draining its in-flight messages would, and submits a handler then.
	 */
	static class LateSubmitter implements SmartLifecycle {

		final CompletableFuture<String> ranOn = new CompletableFuture<>();

		private final Executor executor;

		private volatile boolean running;

		LateSubmitter(@Qualifier(ZmqAutoConfiguration.LISTENER_TASK_EXECUTOR_BEAN_NAME) Executor executor) {
			this.executor = executor;
		}

		@Override
		public void start() {
			this.running = true;
		}

		@Override
		public void stop() {
			this.executor.execute(() -> this.ranOn.complete(Thread.currentThread().getName()));
			try {
				this.ranOn.get(2, TimeUnit.SECONDS);
			}
			catch (Exception ex) {
				// asserted by the test
			}
			this.running = false;
		}

		@Override
		public boolean isRunning() {
			return this.running;
		}

		@Override
		public int getPhase() {
			return SmartLifecycle.DEFAULT_PHASE - 1;
		}

	}

	static class ContextUser {

		ContextUser(ZContext context, ZmqEndpointDefinitions definitions, ZmqEndpointRegistry registry) {
		}

	}

}
