/**
 * The {@link io.github.zmqspring.boot.test.autoconfigure.ZmqTest @ZmqTest} test slice.
 */
@NullMarked
package io.github.zmqspring.boot.test.autoconfigure;

import org.jspecify.annotations.NullMarked;
