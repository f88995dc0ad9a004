/**
 * Auto-configuration of the endpoint meters.
 */
@NullMarked
package io.github.zmqspring.boot.autoconfigure.metrics;

import org.jspecify.annotations.NullMarked;
