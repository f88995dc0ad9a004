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

package io.github.zmqspring.benchmarks;

import io.github.zmqspring.benchmarks.apps.Arrivals;
import io.github.zmqspring.benchmarks.apps.Payloads;
import java.time.Duration;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.integration.support.MessageBuilder;
import org.springframework.integration.zeromq.ZeroMqProxy;
import org.springframework.integration.zeromq.channel.ZeroMqChannel;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHandler;

/**
 * Spring Integration's side of the one-way benchmarks: a {@link ZeroMqChannel} in pub-sub
 * or push-pull mode over TCP through its {@link ZeroMqProxy} (the channel's own design
 * for TCP: the sending socket connects to the proxy's frontend, the receiving one to its
 * backend), with the consume delay as a parameter. Sockets get the same high-water marks
 * as the others.
 */
@State(Scope.Benchmark)
public class SpringIntegrationOneWay extends OneWay {

	@Param({ "PUB_SUB", "PUSH_PULL" })
	public Pattern pattern;

	/**
	 * The channel's consume delay (its wait after finding no message), in microseconds.
	 */
	@Param({ "0", "1000" })
	public long consumeDelayMicros;

	private final Arrivals arrivals = new Arrivals();

	private final MessageHandler handler = (message) -> this.arrivals.arrived();

	private final Message<byte[]> message = MessageBuilder.withPayload(Payloads.BYTES).build();

	private ZContext context;

	private ZeroMqProxy proxy;

	private ZeroMqChannel channel;

	@Setup(Level.Trial)
	public void start() {
		boolean pubSub = this.pattern == Pattern.PUB_SUB;
		this.context = new ZContext();
		this.proxy = new ZeroMqProxy(this.context, pubSub ? ZeroMqProxy.Type.SUB_PUB : ZeroMqProxy.Type.PULL_PUSH);
		this.proxy.setBeanName("si-proxy");
		this.proxy.setFrontendSocketConfigurer(SpringIntegrationOneWay::highWaterMarks);
		this.proxy.setBackendSocketConfigurer(SpringIntegrationOneWay::highWaterMarks);
		this.proxy.afterPropertiesSet();
		this.proxy.start();
		this.channel = new ZeroMqChannel(this.context, pubSub);
		this.channel.setBeanName("si-channel");
		this.channel.setBeanFactory(new DefaultListableBeanFactory());
		this.channel.setZeroMqProxy(this.proxy);
		this.channel.setConsumeDelay(Duration.ofNanos(this.consumeDelayMicros * 1000));
		this.channel.setSendSocketConfigurer(SpringIntegrationOneWay::highWaterMarks);
		this.channel.setSubscribeSocketConfigurer(SpringIntegrationOneWay::highWaterMarks);
		this.channel.afterPropertiesSet();
		this.channel.subscribe(this.handler);
		warmUp(this.arrivals);
	}

	private static void highWaterMarks(ZMQ.Socket socket) {
		socket.setSndHWM(BenchApps.HWM);
		socket.setRcvHWM(BenchApps.HWM);
		socket.setLinger(0);
	}

	@Override
	protected void send() {
		this.channel.send(this.message);
	}

	@TearDown(Level.Trial)
	public void stop() {
		this.channel.unsubscribe(this.handler);
		this.channel.destroy();
		this.proxy.stop();
		this.proxy.destroy();
		closeWithin(this.context, Duration.ofSeconds(5));
	}

	/**
	 * Close the context on a thread of its own and give up after a while: Spring
	 * Integration's channel and proxy sockets are closed by their own threads, and when
	 * one is left open JeroMQ's termination waits forever (seen on JDK 25), which must
	 * not hang the benchmark run.
	 */
	private static void closeWithin(ZContext context, Duration limit) {
		Thread closer = new Thread(context::close, "si-context-close");
		closer.setDaemon(true);
		closer.start();
		try {
			closer.join(limit.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		if (closer.isAlive()) {
			System.err
				.println("Spring Integration's ZeroMQ context did not terminate within " + limit + "; left behind");
		}
	}

}
