/**
 * Test support for ZeroMQ applications: {@link io.github.zmqspring.boot.test.ZmqTestClient}
 * calls, pushes and publishes to the application's listeners by endpoint name.
 */
@NullMarked
package io.github.zmqspring.boot.test;

import org.jspecify.annotations.NullMarked;
