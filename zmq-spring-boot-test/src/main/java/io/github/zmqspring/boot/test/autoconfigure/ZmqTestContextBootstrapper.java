package io.github.zmqspring.boot.test.autoconfigure;

import org.springframework.boot.test.autoconfigure.TestSliceTestContextBootstrapper;

/**
 * Reads {@link ZmqTest#properties()} into the test's environment.
 *
 * @author zmq-spring-boot
 */
class ZmqTestContextBootstrapper extends TestSliceTestContextBootstrapper<ZmqTest> {

}
