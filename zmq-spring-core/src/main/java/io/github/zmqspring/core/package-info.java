/**
 * The ZeroMQ engine: the context, endpoint definitions, socket loops and their registry.
 */
@NullMarked
package io.github.zmqspring.core;

import org.jspecify.annotations.NullMarked;
