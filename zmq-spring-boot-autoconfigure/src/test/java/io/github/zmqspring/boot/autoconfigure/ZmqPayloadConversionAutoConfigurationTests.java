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

package io.github.zmqspring.boot.autoconfigure;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.github.zmqspring.boot.autoconfigure.convert.Sample;
import io.github.zmqspring.boot.autoconfigure.convert.SampleCsvConverter;
import io.github.zmqspring.annotation.ZmqDealerClient;
import io.github.zmqspring.client.ZmqClientProxyFactory;
import io.github.zmqspring.convert.ByteBufferMessageConverter;
import io.github.zmqspring.convert.ZmqJacksonJsonMessageConverter;
import io.github.zmqspring.convert.ZmqMessageConverters;
import io.github.zmqspring.convert.ZmqPayload;
import io.github.zmqspring.convert.ZmqPayloadConverter;
import io.github.zmqspring.convert.ZmqProtobufMessageConverter;
import io.github.zmqspring.core.ZmqEndpointDefinitions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.messaging.converter.ByteArrayMessageConverter;
import org.springframework.messaging.converter.CompositeMessageConverter;
import org.springframework.messaging.converter.MessageConverter;
import org.springframework.messaging.converter.StringMessageConverter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for the payload conversion part of {@link ZmqAutoConfiguration}: the converter
 * chain, Boot's {@link JsonMapper}, application converters and back-off.
 */
class ZmqPayloadConversionAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, ZmqAutoConfiguration.class));

	@Test
	void jsonUsesTheApplicationJsonMapperWithItsSpringJacksonProperties() {
		this.contextRunner.withPropertyValues("spring.jackson.property-naming-strategy=SNAKE_CASE").run((context) -> {
			ZmqPayload payload = context.getBean(ZmqPayloadConverter.class).toPayload(new Person("a", 1), null);
			assertThat(new String(payload.bytes(), StandardCharsets.UTF_8))
				.isEqualTo("{\"first_name\":\"a\",\"shoe_size\":1}");
			assertThat(payload.contentType()).isEqualTo("application/json");
			assertThat(converters(context).get(4))
				.isSameAs(context.getBean(ZmqAnnotationDrivenConfiguration.JSON_MESSAGE_CONVERTER_BEAN_NAME));
		});
	}

	@Test
	void jsonUsesJsonMapperBuilderCustomizers() {
		this.contextRunner.withUserConfiguration(KebabCaseNamesConfiguration.class).run((context) -> {
			ZmqPayloadConverter converter = context.getBean(ZmqPayloadConverter.class);
			ZmqPayload payload = converter.toPayload(new Person("a", 1), null);
			assertThat(new String(payload.bytes(), StandardCharsets.UTF_8))
				.isEqualTo("{\"first-name\":\"a\",\"shoe-size\":1}");
			assertThat(converter.fromPayload(payload, Person.class, null)).isEqualTo(new Person("a", 1));
		});
	}

	@Test
	void chainIsRawBytesThenTextThenApplicationConvertersInOrderThenProtobufThenJson() {
		this.contextRunner.withUserConfiguration(ApplicationConvertersConfiguration.class).run((context) -> {
			assertThat(converters(context)).map(Object::getClass)
				.containsExactly(ByteArrayMessageConverter.class, ByteBufferMessageConverter.class,
						StringMessageConverter.class, SampleCsvConverter.class, SampleCsvConverter.class,
						ZmqProtobufMessageConverter.class, ZmqJacksonJsonMessageConverter.class);
			assertThat(converters(context).get(3)).isSameAs(context.getBean("first"));
			assertThat(converters(context).get(4)).isSameAs(context.getBean("second"));
		});
	}

	@Test
	void applicationConverterIsUsedForItsContentType() {
		this.contextRunner.withUserConfiguration(ApplicationConvertersConfiguration.class).run((context) -> {
			ZmqPayloadConverter converter = context.getBean(ZmqPayloadConverter.class);
			ZmqPayload payload = converter.toPayload(new Sample("a", 1), "text/csv");
			assertThat(new String(payload.bytes(), StandardCharsets.UTF_8)).isEqualTo("first:a,1");
			assertThat(payload.contentType()).isEqualTo("text/csv");
			assertThat(converter.fromPayload(new ZmqPayload("b,2".getBytes(StandardCharsets.UTF_8), "text/csv"),
					Sample.class, null))
				.isEqualTo(new Sample("b", 2));
			assertThat(new String(converter.toPayload(new Sample("a", 1), null).bytes(), StandardCharsets.UTF_8))
				.as("JSON stays the default for objects")
				.isEqualTo("{\"name\":\"a\",\"count\":1}");
		});
	}

	@Test
	void withoutJsonMapperBeanTheDefaultJsonConverterIsUsed() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(ZmqAutoConfiguration.class))
			.run((context) -> {
				assertThat(context).doesNotHaveBean(JsonMapper.class)
					.doesNotHaveBean(ZmqAnnotationDrivenConfiguration.JSON_MESSAGE_CONVERTER_BEAN_NAME);
				assertThat(converters(context).get(4)).isInstanceOf(ZmqJacksonJsonMessageConverter.class);
			});
	}

	@Test
	void withoutJacksonOnTheClasspathTheJsonMapperConverterBacksOff() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(JsonMapper.class)).run((context) -> {
			assertThat(context).hasNotFailed()
				.hasSingleBean(ZmqPayloadConverter.class)
				.doesNotHaveBean(ZmqAnnotationDrivenConfiguration.JSON_MESSAGE_CONVERTER_BEAN_NAME);
		});
	}

	@Test
	void whenUserDefinesPayloadConverterThenAutoConfiguredOneBacksOff() {
		ZmqPayloadConverter custom = new ZmqPayloadConverter(ZmqMessageConverters.createDefault());
		this.contextRunner.withBean(ZmqPayloadConverter.class, () -> custom).run((context) -> {
			assertThat(context).hasSingleBean(ZmqPayloadConverter.class);
			assertThat(context.getBean(ZmqPayloadConverter.class)).isSameAs(custom);
		});
	}

	@Test
	void endpointContentTypeIsMappedWithTheDefaultsAsFallback() {
		this.contextRunner
			.withPropertyValues("zmq.defaults.content-type=application/json", "zmq.endpoints.a.bind=tcp://*:0",
					"zmq.endpoints.b.bind=tcp://*:0", "zmq.endpoints.b.content-type=text/plain;charset=UTF-8")
			.run((context) -> {
				ZmqEndpointDefinitions definitions = context.getBean(ZmqEndpointDefinitions.class);
				assertThat(definitions.get("a").contentType()).isEqualTo("application/json");
				assertThat(definitions.get("b").contentType()).isEqualTo("text/plain;charset=UTF-8");
			});
		this.contextRunner.withPropertyValues("zmq.endpoints.a.bind=tcp://*:0")
			.run((context) -> assertThat(context.getBean(ZmqEndpointDefinitions.class).get("a").contentType())
				.isNull());
	}

	@Test
	void aClientWhoseContentTypeIsNotAMimeTypeFailsWhenItsProxyIsCreated() {
		this.contextRunner.withPropertyValues("zmq.endpoints.a.connect=tcp://127.0.0.1:1").run((context) -> {
			ZmqClientProxyFactory factory = context.getBean(ZmqClientProxyFactory.class);
			assertThatIllegalStateException().isThrownBy(() -> factory.createClient(InvalidContentTypeClient.class))
				.withMessage("Invalid @ZmqDealerClient(contentType) on type " + InvalidContentTypeClient.class.getName()
						+ ": \"not-a-mime-type\" is not a MIME type: Invalid mime type \"not-a-mime-type\": "
						+ "does not contain '/'");
		});
	}

	private static List<MessageConverter> converters(AssertableApplicationContext context) {
		return ((CompositeMessageConverter) context.getBean(ZmqPayloadConverter.class).getMessageConverter())
			.getConverters();
	}

	@ZmqDealerClient(endpoint = "a", contentType = "not-a-mime-type")
	interface InvalidContentTypeClient {

		String call(String text);

	}

	record Person(String firstName, int shoeSize) {
	}

	@Configuration(proxyBeanMethods = false)
	static class KebabCaseNamesConfiguration {

		@Bean
		JsonMapperBuilderCustomizer kebabCaseNames() {
			return (builder) -> builder.propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ApplicationConvertersConfiguration {

		@Bean
		@Order(2)
		SampleCsvConverter second() {
			return new SampleCsvConverter("second");
		}

		@Bean
		@Order(1)
		SampleCsvConverter first() {
			return new SampleCsvConverter("first");
		}

	}

}
