/**
 * Ahead-of-time processing and GraalVM native-image support: the runtime hints client
 * proxies, listener methods and their payloads need.
 */
@NullMarked
package io.github.zmqspring.aot;

import org.jspecify.annotations.NullMarked;
