package io.github.zmqspring.sample.ticks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes a tick for each of three symbols every few hundred milliseconds (a random walk),
 * for the sample's own subscriber and any other one, such as
 * {@code clients/ticks_subscriber.py}.
 *
 * @author zmq-spring-boot
 */
@Component
public class Ticker {

	static final List<String> SYMBOLS = List.of("EUR.USD", "USD.JPY", "EUR.GBP");

	private final TickPublisher publisher;

	private final Map<String, BigDecimal> prices = new ConcurrentHashMap<>();

	private final AtomicLong rounds = new AtomicLong();

	public Ticker(TickPublisher publisher) {
		this.publisher = publisher;
	}

	@Scheduled(fixedRateString = "${sample.ticker.interval:200ms}")
	public void publishRound() {
		for (String symbol : SYMBOLS) {
			BigDecimal step = BigDecimal.valueOf(ThreadLocalRandom.current().nextInt(-5, 6), 4);
			BigDecimal price = this.prices.merge(symbol, BigDecimal.ONE.add(step), (last, ignored) -> last.add(step))
				.setScale(4, RoundingMode.HALF_UP);
			this.publisher.publish(symbol, new Tick(symbol, price));
		}
		this.rounds.incrementAndGet();
	}

	/** @return how many rounds were published */
	public long rounds() {
		return this.rounds.get();
	}

}
