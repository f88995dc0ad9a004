package io.github.zmqspring.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.util.ClassUtils;

/**
 * The registrar behind {@link EnableZmqClients}: scans the packages it names, or the package
 * of the annotated class.
 *
 * @author zmq-spring-boot
 */
class ZmqClientsRegistrar extends AbstractZmqClientsRegistrar {

	@Override
	protected Collection<String> getBasePackages(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
		Map<String, Object> attributes = metadata.getAnnotationAttributes(EnableZmqClients.class.getName());
		List<String> packages = new ArrayList<>();
		if (attributes != null) {
			packages.addAll(Arrays.asList((String[]) attributes.get("basePackages")));
			for (Class<?> type : (Class<?>[]) attributes.get("basePackageClasses")) {
				packages.add(ClassUtils.getPackageName(type));
			}
		}
		if (packages.isEmpty()) {
			packages.add(ClassUtils.getPackageName(metadata.getClassName()));
		}
		return packages;
	}

}
