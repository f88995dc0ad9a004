package io.github.zmqspring.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * A service showing the ZeroMQ patterns with zmq-spring-boot; every endpoint is configured in
 * {@code application.yml}.
 *
 * @author zmq-spring-boot
 */
@SpringBootApplication
@EnableScheduling
public class SampleApplication {

	public static void main(String[] args) {
		SpringApplication.run(SampleApplication.class, args);
	}

}
