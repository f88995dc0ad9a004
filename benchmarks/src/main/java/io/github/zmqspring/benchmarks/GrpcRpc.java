/*
 * Copyright 2026-present the original author or authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

package io.github.zmqspring.benchmarks;

import io.github.zmqspring.benchmarks.apps.Payloads;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.grpc.CallOptions;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.InsecureServerCredentials;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.MethodDescriptor;
import io.grpc.Server;
import io.grpc.ServerServiceDefinition;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.ServerCalls;
import io.grpc.stub.StreamObserver;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * grpc-java, the engine of Spring gRPC, as a peer in the request/reply benchmarks: a
 * Netty server on 127.0.0.1 with a unary echo and a server stream, and a channel to it,
 * both built by hand (a {@link MethodDescriptor} with a {@code byte[]} marshaller, no
 * protoc). The parameter {@code grpcExecutor} runs them with gRPC's default executor (a
 * cached thread pool on both sides) or with {@code directExecutor()} on the server and
 * the channel (callbacks on Netty's event loop threads), its fastest supported setting.
 */
@State(Scope.Benchmark)
public class GrpcRpc {

	private static final MethodDescriptor.Marshaller<byte[]> BYTES = new BytesMarshaller();

	private static final MethodDescriptor<byte[], byte[]> ECHO = MethodDescriptor.<byte[], byte[]>newBuilder()
		.setType(MethodDescriptor.MethodType.UNARY)
		.setFullMethodName(MethodDescriptor.generateFullMethodName("bench.Echo", "Echo"))
		.setRequestMarshaller(BYTES)
		.setResponseMarshaller(BYTES)
		.build();

	private static final MethodDescriptor<byte[], byte[]> STREAM = MethodDescriptor.<byte[], byte[]>newBuilder()
		.setType(MethodDescriptor.MethodType.SERVER_STREAMING)
		.setFullMethodName(MethodDescriptor.generateFullMethodName("bench.Echo", "Stream"))
		.setRequestMarshaller(BYTES)
		.setResponseMarshaller(BYTES)
		.build();

	/**
	 * {@code default}: gRPC's own executors; {@code direct}: {@code directExecutor()} on
	 * both sides.
	 */
	@Param({ "default", "direct" })
	public String grpcExecutor;

	private Server server;

	private ManagedChannel channel;

	@Setup(Level.Trial)
	public void start() throws IOException {
		boolean direct = this.grpcExecutor.equals("direct");
		ServerServiceDefinition service = ServerServiceDefinition.builder("bench.Echo")
			.addMethod(ECHO, ServerCalls.asyncUnaryCall((request, reply) -> {
				reply.onNext(request);
				reply.onCompleted();
			}))
			.addMethod(STREAM, ServerCalls.asyncServerStreamingCall(GrpcRpc::stream))
			.build();
		NettyServerBuilder server = NettyServerBuilder
			.forAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), InsecureServerCredentials.create())
			.addService(service);
		if (direct) {
			server.directExecutor();
		}
		this.server = server.build().start();
		ManagedChannelBuilder<?> channel = Grpc.newChannelBuilderForAddress("127.0.0.1", this.server.getPort(),
				InsecureChannelCredentials.create());
		if (direct) {
			channel.directExecutor();
		}
		this.channel = channel.build();
		call(Payloads.BYTES);
	}

	@TearDown(Level.Trial)
	public void stop() throws InterruptedException {
		this.channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
		this.server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
	}

	/**
	 * An asynchronous unary echo.
	 * @param body the request
	 * @return the future reply, completed on the channel's executor
	 */
	public CompletableFuture<byte[]> echo(byte[] body) {
		CompletableFuture<byte[]> reply = new CompletableFuture<>();
		ClientCalls.asyncUnaryCall(this.channel.newCall(ECHO, CallOptions.DEFAULT), body, new StreamObserver<>() {

			@Override
			public void onNext(byte[] value) {
				reply.complete(value);
			}

			@Override
			public void onError(Throwable ex) {
				reply.completeExceptionally(ex);
			}

			@Override
			public void onCompleted() {
			}

		});
		return reply;
	}

	/**
	 * A blocking unary echo.
	 * @param body the request
	 * @return the reply
	 */
	public byte[] call(byte[] body) {
		return ClientCalls.blockingUnaryCall(this.channel, ECHO, CallOptions.DEFAULT, body);
	}

	/**
	 * A server stream of {@code count} items of {@link Payloads#BYTES}, counted as they
	 * arrive on the channel's executor.
	 * @param count how many items to ask for
	 * @return the future number of items received when the stream completed
	 */
	public CompletableFuture<Long> stream(int count) {
		CompletableFuture<Long> done = new CompletableFuture<>();
		byte[] request = ByteBuffer.allocate(Integer.BYTES).putInt(count).array();
		ClientCalls.asyncServerStreamingCall(this.channel.newCall(STREAM, CallOptions.DEFAULT), request,
				new StreamObserver<>() {

					private long items;

					@Override
					public void onNext(byte[] value) {
						this.items++;
					}

					@Override
					public void onError(Throwable ex) {
						done.completeExceptionally(ex);
					}

					@Override
					public void onCompleted() {
						done.complete(this.items);
					}

				});
		return done;
	}

	/**
	 * Send the requested number of items as fast as the call's flow control allows (what
	 * gRPC's documentation asks of a server stream), then complete.
	 */
	private static void stream(byte[] request, StreamObserver<byte[]> observer) {
		int count = ByteBuffer.wrap(request).getInt();
		ServerCallStreamObserver<byte[]> call = (ServerCallStreamObserver<byte[]>) observer;
		int[] sent = { 0 };
		call.setOnReadyHandler(() -> {
			while (sent[0] < count && call.isReady()) {
				call.onNext(Payloads.BYTES);
				sent[0]++;
			}
			if (sent[0] == count) {
				sent[0]++;
				call.onCompleted();
			}
		});
	}

	/**
	 * Frames {@code byte[]} as they are.
	 */
	private static final class BytesMarshaller implements MethodDescriptor.Marshaller<byte[]> {

		@Override
		public InputStream stream(byte[] value) {
			return new ByteArrayInputStream(value);
		}

		@Override
		public byte[] parse(InputStream stream) {
			try {
				return stream.readAllBytes();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
