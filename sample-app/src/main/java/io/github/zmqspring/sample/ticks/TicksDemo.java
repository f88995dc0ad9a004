package io.github.zmqspring.sample.ticks;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Publishes rounds of ticks for three symbols until the euro subscriber has seen a few (a
 * subscription takes a moment to reach the publisher: the slow joiner), then logs what the
 * subscriber got.
 *
 * @author zmq-spring-boot
 */
@Component
@ConditionalOnBooleanProperty(name = "zmq.demo.enabled", matchIfMissing = true)
public class TicksDemo implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(TicksDemo.class);

	private static final List<String> SYMBOLS = List.of("EUR.USD", "USD.JPY", "EUR.GBP");

	private static final Duration ROUND_INTERVAL = Duration.ofMillis(50);

	private static final int ROUNDS_LIMIT = 200;

	private final TickPublisher publisher;

	private final TickBoard board;

	public TicksDemo(TickPublisher publisher, TickBoard board) {
		this.publisher = publisher;
		this.board = board;
	}

	@Override
	public void run(ApplicationArguments args) throws InterruptedException {
		int rounds = 0;
		while (total(this.board.received()) < 4 && rounds < ROUNDS_LIMIT) {
			rounds++;
			for (String symbol : SYMBOLS) {
				this.publisher.publish(symbol, new Tick(symbol, BigDecimal.valueOf(100 + rounds)));
			}
			Thread.sleep(ROUND_INTERVAL.toMillis());
		}
		logger.info("[demo] PUB/SUB ticks, subscribed to 'EUR.': published " + rounds + " rounds of " + SYMBOLS
				+ ", received " + this.board.received() + " (no USD.JPY: filtered by topic)");
	}

	private static long total(Map<String, Long> counts) {
		return counts.values().stream().mapToLong(Long::longValue).sum();
	}

}
