package io.atelier.audit;

import java.io.Serializable;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.WeakHashMap;

import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.event.spi.DeleteContext;
import org.hibernate.event.spi.DeleteEvent;
import org.hibernate.event.spi.DeleteEventListener;
import org.hibernate.event.spi.PreCollectionUpdateEvent;
import org.hibernate.event.spi.PreCollectionUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;

import io.atelier.shared.domain.Aggregate;
import io.atelier.shared.domain.AuditedPart;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records every insert, update and delete of a persistent record, and every change to a record's collections, as it is
 * flushed, in the same transaction: a change that is rolled back leaves no entry, and no change goes unrecorded.
 */
final class AuditTrailListener implements PostInsertEventListener, PostUpdateEventListener, DeleteEventListener,
		PostDeleteEventListener, PreCollectionUpdateEventListener {

	private static final String INSERT = """
			insert into audit_entry (occurred_at, actor, action, entity_type, entity_id, entity_label, reason, changes)
			values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))
			""";

	private final JsonMapper json = JsonMapper.builder().build();

	/** Entries not yet written, by session (weakly: a session that is gone takes its entries with it). */
	private final Map<SharedSessionContractImplementor, List<Entry>> pending = new WeakHashMap<>();

	record Change(String field, String oldValue, String newValue) {
	}

	@Override
	public void onPostInsert(PostInsertEvent event) {
		record(event.getSession(), event.getEntity(), event.getId(), "CREATE",
				changes(event.getPersister(), null, event.getState(), event.getSession()));
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		List<Change> changes = changes(event.getPersister(), event.getOldState(), event.getState(), event.getSession());
		if (!changes.isEmpty()) {
			record(event.getSession(), event.getEntity(), event.getId(), "UPDATE", changes);
		}
	}

	/**
	 * A deleted record's lines are recorded too: they are loaded when the record is removed, before Hibernate starts
	 * removing them and they can no longer be read.
	 */
	@Override
	public void onDelete(DeleteEvent event) {
		loadCollections(event);
	}

	@Override
	public void onDelete(DeleteEvent event, DeleteContext context) {
		loadCollections(event);
	}

	private static void loadCollections(DeleteEvent event) {
		Object entity = event.getObject();
		if (entity == null || !event.getSession().contains(entity)) {
			return;
		}
		EntityPersister persister = event.getSession().getEntityPersister(event.getEntityName(), entity);
		for (Object value : persister.getValues(entity)) {
			if (value instanceof PersistentCollection<?> collection && !collection.wasInitialized()) {
				collection.forceInitialization();
			}
		}
	}

	@Override
	public void onPostDelete(PostDeleteEvent event) {
		record(event.getSession(), event.getEntity(), event.getId(), "DELETE",
				changes(event.getPersister(), event.getDeletedState(), null, event.getSession()));
	}

	@Override
	public void onPreUpdateCollection(PreCollectionUpdateEvent event) {
		Object owner = event.getAffectedOwnerOrNull();
		if (owner == null) {
			return;
		}
		PersistentCollection<?> collection = event.getCollection();
		String role = collection.getRole();
		String field = role.substring(role.lastIndexOf('.') + 1);
		String before = snapshotText(collection.getStoredSnapshot(), event.getSession());
		String after = AuditValues.text(collection, event.getSession());
		if (!Objects.equals(before, after)) {
			record(event.getSession(), owner, event.getAffectedOwnerIdOrNull(), "UPDATE",
					List.of(new Change(field, before, after)));
		}
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

	private static String snapshotText(Serializable snapshot, SharedSessionContractImplementor session) {
		if (snapshot instanceof Map<?, ?> map && !map.isEmpty() && map.keySet().equals(Set.copyOf(map.values()))) {
			return AuditValues.text(map.keySet(), session);
		}
		if (snapshot instanceof Map<?, ?> map) {
			return AuditValues.text(map.values(), session);
		}
		return AuditValues.text(snapshot, session);
	}

	private List<Change> changes(EntityPersister persister, Object[] oldState, Object[] newState,
			SharedSessionContractImplementor session) {
		String[] names = persister.getPropertyNames();
		List<Change> changes = new ArrayList<>();
		for (int i = 0; i < names.length; i++) {
			if (names[i].equals("version") || names[i].equals("updatedAt") || names[i].equals("createdAt")) {
				continue;
			}
			Object oldValue = oldState == null ? null : oldState[i];
			Object newValue = newState == null ? null : newState[i];
			if (oldState != null && newState != null && (oldValue instanceof PersistentCollection<?>
					|| newValue instanceof PersistentCollection<?>)) {
				continue; // collection changes are recorded by onPreUpdateCollection with their old content
			}
			String before = AuditValues.text(oldValue, session);
			String after = AuditValues.text(newValue, session);
			if (!Objects.equals(before, after)) {
				changes.add(new Change(names[i], before, after));
			}
		}
		return changes;
	}

	private void record(SharedSessionContractImplementor session, Object entity, Object id, String action,
			List<Change> changes) {
		String entityType = entity.getClass().getSimpleName();
		Object entityId = id;
		String label = label(entity);
		List<Change> recorded = changes;
		if (entity instanceof AuditedPart part) {
			Aggregate owner = part.auditOwner();
			entityType = org.hibernate.Hibernate.getClass(owner).getSimpleName();
			entityId = owner.getId();
			label = label(owner);
			recorded = changes.stream()
				.map(c -> new Change(part.auditPartLabel() + "." + c.field(), c.oldValue(), c.newValue()))
				.toList();
			action = "UPDATE";
		}
		Entry entry = new Entry(Instant.now(), Actor.current(), action, entityType,
				entityId instanceof Number n ? n.longValue() : null, label, AuditReason.current().orElse(null),
				json.writeValueAsString(recorded));
		pending(session).add(entry);
	}

	/**
	 * The entries of the session's transaction, written together in one JDBC batch just before it commits (a release
	 * records dozens). A rolled-back transaction's entries are dropped.
	 */
	private List<Entry> pending(SharedSessionContractImplementor session) {
		synchronized (pending) {
			List<Entry> entries = pending.get(session);
			if (entries == null) {
				entries = new ArrayList<>();
				pending.put(session, entries);
				TransactionCompletionCallbacks callbacks = session.getTransactionCompletionCallbacks();
				callbacks.registerCallback((TransactionCompletionCallbacks.BeforeCompletionCallback) s -> write(s, taken(session)));
				callbacks.registerCallback((TransactionCompletionCallbacks.AfterCompletionCallback) (done, s) -> taken(session));
			}
			return entries;
		}
	}

	private List<Entry> taken(SharedSessionContractImplementor session) {
		synchronized (pending) {
			List<Entry> entries = pending.remove(session);
			return entries == null ? List.of() : entries;
		}
	}

	private static String label(Object entity) {
		return entity instanceof Aggregate root ? root.auditLabel() : null;
	}

	record Entry(Instant at, String actor, String action, String entityType, Long entityId, String label,
			String reason, String changes) {
	}

	private static void write(SharedSessionContractImplementor session, List<Entry> entries) {
		if (entries.isEmpty()) {
			return;
		}
		session.doWork(connection -> {
			try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
				for (Entry entry : entries) {
					insert.setTimestamp(1, Timestamp.from(entry.at()));
					insert.setString(2, entry.actor());
					insert.setString(3, entry.action());
					insert.setString(4, entry.entityType());
					insert.setObject(5, entry.entityId());
					insert.setString(6, entry.label());
					insert.setString(7, entry.reason());
					insert.setString(8, entry.changes());
					insert.addBatch();
				}
				insert.executeBatch();
			}
		});
	}
}
