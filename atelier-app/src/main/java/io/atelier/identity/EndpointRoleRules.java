package io.atelier.identity;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.ApplicationContext;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Applies each endpoint's own role rule ({@code @PreAuthorize} on the handler) in the security filter chain, before the
 * request body is read or validated: a caller without the role gets 403, never a validation error that would tell them
 * what the endpoint expects. An API endpoint without a rule is refused outright. The same annotation is enforced again
 * by method security when the handler runs.
 */
final class EndpointRoleRules implements AuthorizationManager<RequestAuthorizationContext> {

	private final ApplicationContext context;

	private final PreAuthorizeAuthorizationManager rules = new PreAuthorizeAuthorizationManager();

	EndpointRoleRules(ApplicationContext context) {
		this.context = context;
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		HandlerMethod handler = handlerOf(context.getRequest());
		if (handler == null) {
			return new AuthorizationDecision(isSignedIn(authentication.get())); // unknown path: 404 for the signed-in
		}
		SimpleMethodInvocation invocation = new SimpleMethodInvocation(handler.getBean(), handler.getMethod());
		AuthorizationResult result = rules.authorize(authentication, invocation);
		return result != null ? result : new AuthorizationDecision(false);
	}

	private static boolean isSignedIn(Authentication authentication) {
		return authentication != null && authentication.isAuthenticated()
				&& !"anonymousUser".equals(authentication.getPrincipal());
	}

	private HandlerMethod handlerOf(HttpServletRequest request) {
		RequestMappingHandlerMapping mapping = context.getBean("requestMappingHandlerMapping",
				RequestMappingHandlerMapping.class);
		Object previousPath = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
		try {
			ServletRequestPathUtils.parseAndCache(request);
			HandlerExecutionChain chain = mapping.getHandler(request);
			return chain != null && chain.getHandler() instanceof HandlerMethod method ? method.createWithResolvedBean()
					: null;
		}
		catch (Exception ex) {
			return null; // e.g. no mapping for this method: Spring MVC answers it
		}
		finally {
			request.setAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE, previousPath);
		}
	}
}
