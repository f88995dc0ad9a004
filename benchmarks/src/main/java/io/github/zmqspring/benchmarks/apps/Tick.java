package io.github.zmqspring.benchmarks.apps;

/**
 * The small JSON payload of the RPC benchmarks (the same fields as the Protobuf
 * {@code ProtoTick}).
 *
 * @param symbol the instrument
 * @param priceMicros the price in millionths
 * @param size the quantity
 * @param venue where it traded
 */
public record Tick(String symbol, long priceMicros, int size, String venue) {
}
