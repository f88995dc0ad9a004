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

package io.github.zmqspring.sample.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.github.zmqspring.boot.autoconfigure.ZmqProperties;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.bind.BindContext;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;
import org.springframework.boot.context.properties.bind.handler.NoUnboundElementsBindHandler;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.OriginLookup;
import org.springframework.boot.origin.PropertySourceOrigin;
import org.springframework.boot.origin.TextResourceOrigin;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ByteArrayResource;

/**
 * Checks the {@code yaml} blocks of the documentation the way Spring Boot reads
 * {@code application.yml}: the {@code zmq} tree is bound to {@link ZmqProperties} with a
 * {@link NoUnboundElementsBindHandler}, so a misspelled or unknown key fails, and every
 * other key must be a property of the configuration metadata on the class path (Boot's
 * own {@code META-INF/spring-configuration-metadata.json} files), or sit under a
 * map-typed one. Placeholders such as {@code ${ORDERS_SECRET_KEY}} stay unresolved and
 * bind as text.
 */
final class YamlBlocks {

	private final Set<String> properties = new HashSet<>();

	private final List<String> mapProperties = new ArrayList<>();

	/**
	 * Read the configuration metadata of the class path.
	 */
	YamlBlocks() {
		try {
			JsonMapper json = JsonMapper.builder().build();
			for (URL url : Collections
				.list(getClass().getClassLoader().getResources("META-INF/spring-configuration-metadata.json"))) {
				try (InputStream in = url.openStream()) {
					for (JsonNode property : json.readTree(in).path("properties")) {
						String name = property.path("name").asString();
						this.properties.add(name);
						if (property.path("type").asString("").startsWith("java.util.Map<")) {
							this.mapProperties.add(name + ".");
						}
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Check one block.
	 * @param block a {@code yaml} block
	 * @return the problems, empty when the block is valid configuration
	 */
	List<String> problems(CodeBlock block) {
		List<PropertySource<?>> sources;
		try {
			sources = new YamlPropertySourceLoader().load(block.toString(),
					new ByteArrayResource(block.text().getBytes(StandardCharsets.UTF_8)));
		}
		catch (IOException | RuntimeException ex) {
			return List.of(block.location(-1) + ": not valid YAML: " + ex.getMessage());
		}
		List<String> problems = new ArrayList<>();
		for (PropertySource<?> source : sources) {
			for (String key : ((EnumerablePropertySource<?>) source).getPropertyNames()) {
				String name = key.replaceAll("\\[\\d+]", "");
				if (!name.startsWith("zmq.") && !isKnown(name)) {
					problems.add(location(block, ((OriginLookup<String>) source).getOrigin(key)) + ": '" + name
							+ "' is not a property of the configuration metadata");
				}
			}
		}
		try {
			new Binder(ConfigurationPropertySources.from(sources)).bind("zmq", Bindable.ofInstance(new ZmqProperties()),
					new EmptyMeansUnset());
		}
		catch (BindException ex) {
			problems.addAll(bindProblems(block, ex));
		}
		return problems;
	}

	private boolean isKnown(String name) {
		return this.properties.contains(name) || this.mapProperties.stream().anyMatch(name::startsWith);
	}

	/**
	 * Fails on unbound {@code zmq} keys, except that an empty value counts as bound: it
	 * is how YAML leaves a documented property unset (Boot binds it as {@code null}).
	 */
	private static final class EmptyMeansUnset extends NoUnboundElementsBindHandler {

		EmptyMeansUnset() {
			super(BindHandler.DEFAULT);
		}

		@Override
		public void onFinish(ConfigurationPropertyName name, Bindable<?> target, BindContext context,
				@Nullable Object result) throws Exception {
			ConfigurationProperty property = context.getConfigurationProperty();
			if (result == null && property != null && String.valueOf(property.getValue()).isEmpty()) {
				super.onSuccess(name, target, context, "");
			}
			super.onFinish(name, target, context, result);
		}

	}

	private static List<String> bindProblems(CodeBlock block, BindException ex) {
		if (ex.getCause() instanceof UnboundConfigurationPropertiesException unbound) {
			return unbound.getUnboundProperties()
				.stream()
				.map((property) -> location(block, property.getOrigin()) + ": '" + property.getName()
						+ "' is not a zmq property (ZmqProperties has no such field)")
				.toList();
		}
		String where = (ex.getProperty() != null) ? location(block, ex.getProperty().getOrigin()) : block.toString();
		return List
			.of(where + ": " + ex.getMessage() + ((ex.getCause() != null) ? ": " + ex.getCause().getMessage() : ""));
	}

	private static String location(CodeBlock block, @Nullable Origin origin) {
		if (origin instanceof PropertySourceOrigin bound) {
			return location(block, bound.getOrigin());
		}
		return (origin instanceof TextResourceOrigin text && text.getLocation() != null)
				? block.location(text.getLocation().getLine()) : block.toString();
	}

}
