package io.atelier.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * An integration test against the whole application on a real (embedded) PostgreSQL with the demo factory loaded. All
 * tests with this annotation share one application context and one database, so tests create their own records with
 * unique codes ({@link Api#unique(String)}) and never assume a table is empty.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = { "atelier.data-dir=target/test-data/${random.uuid}", "atelier.demo-data=true",
		"atelier.demo-orders=false" })
@AutoConfigureMockMvc
@Import(Api.class)
public @interface AtelierIntegrationTest {
}
