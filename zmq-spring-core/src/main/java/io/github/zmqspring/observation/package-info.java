/**
 * Micrometer Observation support: the {@code zmq.listener} and {@code zmq.client.requests}
 * observations, their contexts and conventions. The trace context travels in the envelope's
 * headers.
 */
@NullMarked
package io.github.zmqspring.observation;

import org.jspecify.annotations.NullMarked;
