package io.github.zmqspring.sample.ticks;

import java.time.Duration;
import java.util.Map;

import io.github.zmqspring.sample.DemoLog;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Waits until the euro subscriber has seen a few ticks from the {@link Ticker} (a
 * subscription takes a moment to reach the publisher: the slow joiner), then logs what it
 * got.
 *
 * @author zmq-spring-boot
 */
@Component
@ConditionalOnBooleanProperty(name = "zmq.demo.enabled", matchIfMissing = true)
public class TicksDemo implements ApplicationRunner {

	private static final Duration WAIT_LIMIT = Duration.ofSeconds(10);

	private final Ticker ticker;

	private final TickBoard board;

	private final DemoLog log;

	public TicksDemo(Ticker ticker, TickBoard board, DemoLog log) {
		this.ticker = ticker;
		this.board = board;
		this.log = log;
	}

	@Override
	public void run(ApplicationArguments args) throws InterruptedException {
		long deadline = System.nanoTime() + WAIT_LIMIT.toNanos();
		while (total(this.board.received()) < 4 && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		this.log.report("PUB/SUB ticks, subscribed to 'EUR.': " + this.ticker.rounds() + " rounds of "
				+ Ticker.SYMBOLS + " published, received " + this.board.received() + " (no USD.JPY: filtered by topic)");
	}

	private static long total(Map<String, Long> counts) {
		return counts.values().stream().mapToLong(Long::longValue).sum();
	}

}
