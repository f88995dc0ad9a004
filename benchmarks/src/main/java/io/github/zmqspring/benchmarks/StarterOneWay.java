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

import io.github.zmqspring.benchmarks.apps.publisher.FeedPublisher;
import io.github.zmqspring.benchmarks.apps.publisher.PublisherApp;
import io.github.zmqspring.benchmarks.apps.publisher.WorkPusher;
import io.github.zmqspring.benchmarks.apps.subscriber.SubscriberApp;
import io.github.zmqspring.benchmarks.apps.subscriber.SubscriberApp.Receivers;
import io.github.zmqspring.benchmarks.apps.Payloads;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * The starter's side of the one-way benchmarks: {@code @ZmqPubClient} to
 * {@code @ZmqSubListener}, or {@code @ZmqPushClient} to {@code @ZmqPullListener}, in two
 * applications over TCP on 127.0.0.1.
 */
@State(Scope.Benchmark)
public class StarterOneWay extends OneWay {

	@Param({ "PUB_SUB", "PUSH_PULL" })
	public Pattern pattern;

	/**
	 * Where the listeners run ({@code zmq.defaults.dispatch}): {@code executor} or
	 * {@code direct}.
	 */
	@Param({ "executor", "direct" })
	public String dispatch;

	private ConfigurableApplicationContext receiver;

	private ConfigurableApplicationContext sender;

	private FeedPublisher publisher;

	private WorkPusher pusher;

	@Setup(Level.Trial)
	public void start() {
		this.receiver = BenchApps.run(SubscriberApp.class, "zmq.endpoints.feed-in.bind=tcp://127.0.0.1:*",
				"zmq.endpoints.work-in.bind=tcp://127.0.0.1:*", "zmq.defaults.send-hwm=" + BenchApps.HWM,
				"zmq.defaults.receive-hwm=" + BenchApps.HWM, "zmq.defaults.dispatch=" + this.dispatch);
		this.sender = BenchApps.run(PublisherApp.class,
				"zmq.endpoints.feed-out.connect=tcp://127.0.0.1:" + BenchApps.port(this.receiver, "feed-in"),
				"zmq.endpoints.work-out.connect=tcp://127.0.0.1:" + BenchApps.port(this.receiver, "work-in"),
				"zmq.defaults.send-hwm=" + BenchApps.HWM, "zmq.defaults.receive-hwm=" + BenchApps.HWM);
		this.publisher = this.sender.getBean(FeedPublisher.class);
		this.pusher = this.sender.getBean(WorkPusher.class);
		Receivers receivers = this.receiver.getBean(Receivers.class);
		warmUp((this.pattern == Pattern.PUB_SUB) ? receivers.feed : receivers.work);
	}

	@Override
	protected void send() {
		if (this.pattern == Pattern.PUB_SUB) {
			this.publisher.publish("feed", Payloads.BYTES);
		}
		else {
			this.pusher.push(Payloads.BYTES);
		}
	}

	@TearDown(Level.Trial)
	public void stop() {
		this.sender.close();
		this.receiver.close();
	}

}
