package io.github.zmqspring.sample.tokens;

/**
 * A prompt to complete.
 *
 * @param text the prompt
 * @param maxTokens how many tokens to generate at most
 * @author zmq-spring-boot
 */
public record Prompt(String text, int maxTokens) {

}
