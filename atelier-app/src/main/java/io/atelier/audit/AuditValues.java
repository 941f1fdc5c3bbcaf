package io.atelier.audit;

import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Map;

import org.hibernate.Hibernate;
import org.hibernate.engine.spi.SharedSessionContractImplementor;

/** Turns persistent values into the text the audit trail keeps: ids for references, ISO text for times. */
final class AuditValues {

	private AuditValues() {
	}

	static String text(Object value, SharedSessionContractImplementor session) {
		if (value == null) {
			return null;
		}
		if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean
				|| value instanceof Enum<?> || value instanceof TemporalAccessor) {
			return value.toString();
		}
		if (value instanceof Collection<?> collection) {
			return collection.stream().map(element -> text(element, session)).toList().toString();
		}
		if (value instanceof Map<?, ?> map) {
			return map.toString();
		}
		if (value instanceof org.hibernate.proxy.HibernateProxy proxy) {
			// a lazy reference not loaded (a child work order's parent): its id, without loading it
			return String.valueOf(proxy.getHibernateLazyInitializer().getInternalIdentifier());
		}
		if (session.getFactory().getMappingMetamodel().isEntityClass(Hibernate.getClass(value))) {
			Object id = session.getEntityPersister(null, value).getIdentifier(value, session);
			return String.valueOf(id);
		}
		return value.toString();
	}
}
