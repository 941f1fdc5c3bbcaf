package io.atelier.platform;

import java.util.Map;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The OpenAPI document at {@code /api/docs} (browsable at {@code /api/docs/ui}): how to authenticate, and the problem
 * responses every endpoint may give, so that integrators see them without reading the code.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	private static final Map<String, String> ERRORS = Map.of("400", "Malformed request (problem+json naming the field)",
			"401", "Not signed in, or an invalid or revoked token", "403", "Your role may not call this endpoint",
			"404", "Unknown record, or not visible to you", "409",
			"Stale version, duplicate key, record still in use, or illegal state transition", "422",
			"Valid JSON that breaks a rule (problem+json with errors[].field)");

	@Bean
	OpenAPI atelierOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Atelier API")
				.version("v1")
				.description("""
						One public REST API for the web UI, phones and integrations (ERP, WMS, QMS, BI). Authenticate with \
						`Authorization: Bearer <token>` from `POST /api/auth/tokens`; errors are RFC 9457 problem+json in \
						the language of `Accept-Language` (zh-CN or en). Each operation's summary names the roles allowed.""")
				.license(new License().name("Apache-2.0")))
			.components(new Components()
				.addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer"))
				.addSecuritySchemes("session",
						new SecurityScheme().type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.COOKIE).name("ATELIER_SESSION"))
				.addSchemas("Problem", new Schema<>().type("object")
					.addProperty("type", new Schema<>().type("string"))
					.addProperty("title", new Schema<>().type("string"))
					.addProperty("status", new Schema<>().type("integer"))
					.addProperty("detail", new Schema<>().type("string"))
					.addProperty("errors", new Schema<>().type("array"))))
			.addSecurityItem(new SecurityRequirement().addList("bearer"))
			.addSecurityItem(new SecurityRequirement().addList("session"));
	}

	@Bean
	OpenApiCustomizer problemResponses() {
		return openApi -> openApi.getPaths()
			.values()
			.forEach(path -> path.readOperations().forEach(operation -> ERRORS.forEach((status, description) -> {
				if (!operation.getResponses().containsKey(status)) {
					operation.getResponses()
						.addApiResponse(status, new ApiResponse().description(description)
							.content(new Content().addMediaType("application/problem+json",
									new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")))));
				}
			})));
	}
}
