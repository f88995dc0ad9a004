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

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;

/**
 * The {@code zmq.*} configuration metadata that
 * {@code spring-boot-configuration-processor} generated for this module.
 */
final class ZmqConfigurationMetadata {

	static final String LOCATION = "META-INF/spring-configuration-metadata.json";

	private ZmqConfigurationMetadata() {
	}

	/**
	 * Read the metadata of this module from the class path.
	 * @return the properties by name, each as the JSON object of its entry
	 */
	static Map<String, Map<String, Object>> properties() throws IOException {
		Enumeration<URL> resources = ZmqConfigurationMetadata.class.getClassLoader().getResources(LOCATION);
		while (resources.hasMoreElements()) {
			String json;
			try (InputStream stream = resources.nextElement().openStream()) {
				json = new String(stream.readAllBytes(), StandardCharsets.UTF_8);
			}
			List<String> groups = JsonPath.read(json, "$.groups[*].name");
			if (groups.contains("zmq")) {
				List<Map<String, Object>> entries = JsonPath.read(json, "$.properties[*]");
				Map<String, Map<String, Object>> properties = new LinkedHashMap<>();
				entries.forEach((entry) -> properties.put((String) entry.get("name"), entry));
				return properties;
			}
		}
		throw new IllegalStateException("No " + LOCATION + " with a 'zmq' group on the class path");
	}

	/**
	 * Return the description of a property.
	 * @param name the property name
	 * @return the description
	 */
	static String description(String name) throws IOException {
		Map<String, Object> property = properties().get(name);
		if (property == null) {
			throw new IllegalStateException("No property '" + name + "' in " + LOCATION);
		}
		return String.valueOf(property.get("description"));
	}

}
