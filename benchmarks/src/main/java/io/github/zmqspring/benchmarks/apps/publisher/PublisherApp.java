package io.github.zmqspring.benchmarks.apps.publisher;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * The sending side of the one-way benchmarks: {@link FeedPublisher} on {@code feed-out}
 * (PUB) and {@link WorkPusher} on {@code work-out} (PUSH).
 *
 * @author zmq-spring-boot
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class PublisherApp {

}
