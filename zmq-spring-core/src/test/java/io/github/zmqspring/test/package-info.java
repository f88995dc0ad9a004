/**
 * Test support shared by the modules' tests: independent ZeroMQ peers.
 */
@NullMarked
package io.github.zmqspring.test;

import org.jspecify.annotations.NullMarked;
