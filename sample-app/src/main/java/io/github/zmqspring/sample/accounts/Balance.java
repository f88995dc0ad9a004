package io.github.zmqspring.sample.accounts;

import java.math.BigDecimal;

/**
 * The balance of an account.
 *
 * @param account the account
 * @param amount the balance
 * @author zmq-spring-boot
 */
public record Balance(String account, BigDecimal amount) {

}
