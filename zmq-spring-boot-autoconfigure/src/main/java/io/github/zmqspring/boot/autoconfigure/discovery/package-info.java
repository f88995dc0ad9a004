/**
 * Auto-configuration of endpoints that find their instances through service discovery or
 * DNS.
 */
@NullMarked
package io.github.zmqspring.boot.autoconfigure.discovery;

import org.jspecify.annotations.NullMarked;
