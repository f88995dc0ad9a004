/**
 * Listener endpoints and the containers that serve them: request dispatch, routing and replies.
 */
@NullMarked
package io.github.zmqspring.listener;

import org.jspecify.annotations.NullMarked;
