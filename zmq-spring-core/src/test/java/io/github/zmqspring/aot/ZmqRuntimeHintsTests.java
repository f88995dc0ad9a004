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

package io.github.zmqspring.aot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

import com.google.protobuf.StringValue;
import com.google.protobuf.Timestamp;
import io.github.zmqspring.config.EnableZmq;
import io.github.zmqspring.config.EnableZmqClients;
import io.github.zmqspring.annotation.ZmqPullListener;
import io.github.zmqspring.annotation.ZmqPushClient;
import io.github.zmqspring.annotation.ZmqRouterListener;
import io.github.zmqspring.aot.clients.AuditClient;
import io.github.zmqspring.aot.clients.TimeClient;
import org.junit.jupiter.api.Test;

import org.springframework.aot.generate.ClassNameGenerator;
import org.springframework.aot.generate.DefaultGenerationContext;
import org.springframework.aot.generate.GeneratedFiles.Kind;
import org.springframework.aot.generate.InMemoryGeneratedFiles;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.TypeReference;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.aot.ApplicationContextAotGenerator;
import org.springframework.core.io.InputStreamSource;
import org.springframework.javapoet.ClassName;
import org.springframework.util.StreamUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Processes a context with clients and listeners ahead of time, as {@code process-aot}
 * does, and checks the runtime hints a native image needs and the code generated for the
 * client beans.
 */
class ZmqRuntimeHintsTests {

	private final InMemoryGeneratedFiles generatedFiles = new InMemoryGeneratedFiles();

	@Test
	void whenClientsAreProcessedThenTheirProxiesMethodsAndPayloadTypesHaveHints() throws NoSuchMethodException {
		RuntimeHints hints = processAheadOfTime();
		assertThat(RuntimeHintsPredicates.proxies().forInterfaces(TimeClient.class)).accepts(hints);
		assertThat(RuntimeHintsPredicates.proxies().forInterfaces(AuditClient.class)).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(TimeClient.class, "now")).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection()
			.onMethodInvocation(Timestamp.class.getMethod("parseFrom", byte[].class))).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(Timestamp.class.getMethod("newBuilder")))
			.accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(Timestamp.Builder.class, "setSeconds"))
			.accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection()
			.onMethodInvocation(StringValue.class.getMethod("parseFrom", byte[].class))).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(TimeClient.LogLine.class, "text"))
			.accepts(hints);
	}

	@Test
	void whenAClientAnnotationIsComposedThenItsSynthesizedProxyHasAHint() {
		RuntimeHints hints = processAheadOfTime();
		assertThat(RuntimeHintsPredicates.proxies().forInterfaces(ZmqPushClient.class)).accepts(hints);
	}

	@Test
	void whenListenersAreProcessedThenTheirMethodsAndPayloadTypesHaveHints() {
		RuntimeHints hints = processAheadOfTime();
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(TimeService.class, "now")).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(TimeService.class, "audit")).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(TimeService.class, "helper")).rejects(hints);
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(Event.class, "name")).accepts(hints);
	}

	@Test
	void whenProcessedThenTheOptionalLibrariesTheStarterDetectsAreRegistered() {
		RuntimeHints hints = processAheadOfTime();
		ZmqRuntimeHints.DETECTED_TYPES
			.forEach((type) -> assertThat(hints.reflection().getTypeHint(TypeReference.of(type))).as(type).isNotNull());
	}

	@Test
	void whenClientBeansAreProcessedThenTheirDefinitionsAreGeneratedCode() {
		processAheadOfTime();
		String sources = this.generatedFiles.getGeneratedFiles(Kind.SOURCE)
			.values()
			.stream()
			.map(ZmqRuntimeHintsTests::read)
			.collect(Collectors.joining("\n"));
		assertThat(sources).contains("new ZmqClientFactoryBean(args.get(0))")
			.contains("addIndexedArgumentValue(0, TimeClient.class)")
			.contains("addIndexedArgumentValue(0, AuditClient.class)");
	}

	private RuntimeHints processAheadOfTime() {
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
			context.register(AppConfig.class);
			DefaultGenerationContext generationContext = new DefaultGenerationContext(
					new ClassNameGenerator(ClassName.get(AppConfig.class.getPackageName(), "TestApp")),
					this.generatedFiles);
			new ApplicationContextAotGenerator().processAheadOfTime(context, generationContext);
			generationContext.writeGeneratedContent();
			return generationContext.getRuntimeHints();
		}
	}

	private static String read(InputStreamSource source) {
		try (InputStream in = source.getInputStream()) {
			return StreamUtils.copyToString(in, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Configuration(proxyBeanMethods = false)
	@EnableZmq
	@EnableZmqClients(basePackageClasses = TimeClient.class)
	static class AppConfig {

		@Bean
		TimeService timeService() {
			return new TimeService();
		}

	}

	static class TimeService {

		@ZmqRouterListener(bind = "tcp://127.0.0.1:*", route = "now")
		Timestamp now(StringValue zone) {
			return Timestamp.getDefaultInstance();
		}

		@ZmqPullListener(bind = "tcp://127.0.0.1:*")
		void audit(Event event) {
		}

		String helper(String text) {
			return text;
		}

	}

	record Event(String name) {
	}

}
