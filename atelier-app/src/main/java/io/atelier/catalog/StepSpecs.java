package io.atelier.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

import io.atelier.identity.Identity;
import io.atelier.shared.domain.NotFoundException;
import io.atelier.shared.domain.RuleViolationException;
import io.atelier.shared.files.FileKinds;
import io.atelier.shared.files.FileTooLargeException;

/**
 * What a routing step asks the shop floor to record and to read (docs/shopfloor.md, "Traceability"): its process
 * parameters with their limits, and the drawings attached to it (its work instructions are the step's
 * {@code instructions}). Work orders copy all three into their operations at release ({@link #ofItems}).
 */
@Service
public class StepSpecs {

	/** @param maxDrawingSize the largest drawing accepted ({@code atelier.catalog.drawings.max-size}, 20 MB) */
	@ConfigurationProperties("atelier.catalog.drawings")
	record Limits(@DefaultValue("20MB") DataSize maxSize) {
	}

	static final int MAX_PARAMETERS = 50;

	/** A process parameter the step asks for; {@code min} and {@code max} are the limits (empty: none). */
	public record ParameterDefinition(String code, String name, String nameEn, String unit, BigDecimal min,
			BigDecimal max, boolean required) {
	}

	public record StepParameters(long routingId, int stepNo, List<ParameterDefinition> parameters) {
	}

	public record DrawingView(long id, String fileName, String contentType, long sizeBytes, String uploadedBy,
			Instant uploadedAt) {
	}

	public record DrawingFile(String fileName, String contentType, byte[] content) {
	}

	/** A step's instructions, parameters and drawings, as an operation copies them. */
	public record StepSpec(String instructions, List<ParameterDefinition> parameters, List<DrawingView> drawings) {
	}

	private final JdbcClient jdbc;

	private final Limits limits;

	StepSpecs(JdbcClient jdbc, Limits limits) {
		this.jdbc = jdbc;
		this.limits = limits;
	}

	@Transactional(readOnly = true)
	public StepParameters parameters(long routingId, int stepNo) {
		assertStep(routingId, stepNo);
		return new StepParameters(routingId, stepNo, definitions(routingId, stepNo));
	}

	/** Replaces the step's parameters with these, in this order; 422 naming {@code parameters[i].<field>}. */
	@Transactional
	public StepParameters replaceParameters(long routingId, int stepNo, List<ParameterDefinition> parameters) {
		assertStep(routingId, stepNo);
		List<ParameterDefinition> cleaned = StepParameterRules.check(parameters);
		jdbc.sql("delete from routing_step_parameter where routing_id = :routing and step_no = :step")
			.param("routing", routingId)
			.param("step", stepNo)
			.update();
		for (int i = 0; i < cleaned.size(); i++) {
			ParameterDefinition p = cleaned.get(i);
			jdbc.sql("""
					insert into routing_step_parameter (routing_id, step_no, position, code, name, name_en, unit,
					    min_value, max_value, required)
					values (:routing, :step, :position, :code, :name, :nameEn, :unit, :min, :max, :required)
					""")
				.param("routing", routingId)
				.param("step", stepNo)
				.param("position", i)
				.param("code", p.code())
				.param("name", p.name())
				.param("nameEn", p.nameEn())
				.param("unit", p.unit())
				.param("min", p.min())
				.param("max", p.max())
				.param("required", p.required())
				.update();
		}
		return parameters(routingId, stepNo);
	}

	@Transactional(readOnly = true)
	public List<DrawingView> drawings(long routingId, int stepNo) {
		assertStep(routingId, stepNo);
		return jdbc.sql("""
				select id, file_name, content_type, size_bytes, uploaded_by, uploaded_at from routing_step_drawing
				where routing_id = :routing and step_no = :step and removed_at is null order by uploaded_at, id
				""").param("routing", routingId).param("step", stepNo).query((rs, n) -> drawing(rs)).list();
	}

	public long maxDrawingBytes() {
		return limits.maxSize().toBytes();
	}

	@Transactional
	public DrawingView addDrawing(long routingId, int stepNo, String originalName, byte[] content) {
		assertStep(routingId, stepNo);
		FileTooLargeException.check(content.length, maxDrawingBytes());
		if (content.length == 0) {
			throw new RuleViolationException("file", "catalog.drawing.empty");
		}
		String fileName = FileKinds.sanitisedName(originalName, "drawing");
		String contentType = FileKinds.DRAWINGS.contentTypeOf(fileName, content)
			.orElseThrow(() -> new RuleViolationException("file", "catalog.drawing.type", FileKinds.DRAWINGS.allowed()));
		long id = jdbc.sql("""
				insert into routing_step_drawing (routing_id, step_no, file_name, content_type, size_bytes, sha256,
				    content, uploaded_by, uploaded_at)
				values (:routing, :step, :name, :type, :size, :sha, :content, :by, :at)
				returning id
				""")
			.param("routing", routingId)
			.param("step", stepNo)
			.param("name", fileName)
			.param("type", contentType)
			.param("size", content.length)
			.param("sha", FileKinds.sha256(content))
			.param("content", content)
			.param("by", Identity.current().map(user -> user.username()).orElse("system"))
			.param("at", OffsetDateTime.now(ZoneOffset.UTC))
			.query(Long.class)
			.single();
		return drawings(routingId, stepNo).stream().filter(d -> d.id() == id).findFirst().orElseThrow();
	}

	/** Hides a drawing from the step; operations released with it still show it. */
	@Transactional
	public void removeDrawing(long routingId, int stepNo, long drawingId) {
		int removed = jdbc.sql("""
				update routing_step_drawing set removed_at = :now
				where id = :id and routing_id = :routing and step_no = :step and removed_at is null
				""")
			.param("id", drawingId)
			.param("routing", routingId)
			.param("step", stepNo)
			.param("now", OffsetDateTime.now(ZoneOffset.UTC))
			.update();
		if (removed == 0) {
			throw new NotFoundException("Drawing", drawingId);
		}
	}

	@Transactional(readOnly = true)
	public DrawingFile downloadDrawing(long routingId, int stepNo, long drawingId) {
		return jdbc.sql("""
				select file_name, content_type, content from routing_step_drawing
				where id = :id and routing_id = :routing and step_no = :step and removed_at is null
				""")
			.param("id", drawingId)
			.param("routing", routingId)
			.param("step", stepNo)
			.query((rs, n) -> new DrawingFile(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.optional()
			.orElseThrow(() -> new NotFoundException("Drawing", drawingId));
	}

	/** A drawing by id, also one removed from its step since: an operation released with it still shows it. */
	@Transactional(readOnly = true)
	public DrawingFile drawing(long drawingId) {
		return jdbc.sql("select file_name, content_type, content from routing_step_drawing where id = :id")
			.param("id", drawingId)
			.query((rs, n) -> new DrawingFile(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.optional()
			.orElseThrow(() -> new NotFoundException("Drawing", drawingId));
	}

	/**
	 * The specs of the steps of these items' routings that have instructions, parameters or drawings, by item id and
	 * step number: three queries for a whole release, whatever its size.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Map<Integer, StepSpec>> ofItems(Collection<Long> itemIds) {
		if (itemIds.isEmpty()) {
			return Map.of();
		}
		record Key(long itemId, int stepNo) {
		}
		Map<Key, String> instructions = new HashMap<>();
		jdbc.sql("""
				select r.item_id, s.step_no, s.instructions from routing r join routing_step s on s.routing_id = r.id
				where r.item_id in (:items) and s.instructions is not null and s.instructions <> ''
				""").param("items", Set.copyOf(itemIds)).query(rs -> {
			instructions.put(new Key(rs.getLong(1), rs.getInt(2)), rs.getString(3));
		});
		Map<Key, List<ParameterDefinition>> parameters = new HashMap<>();
		jdbc.sql("""
				select r.item_id, p.* from routing r join routing_step_parameter p on p.routing_id = r.id
				where r.item_id in (:items) order by p.step_no, p.position
				""").param("items", Set.copyOf(itemIds)).query(rs -> {
			parameters.computeIfAbsent(new Key(rs.getLong("item_id"), rs.getInt("step_no")), k -> new ArrayList<>())
				.add(definition(rs));
		});
		Map<Key, List<DrawingView>> drawings = new HashMap<>();
		jdbc.sql("""
				select r.item_id, d.step_no, d.id, d.file_name, d.content_type, d.size_bytes, d.uploaded_by, d.uploaded_at
				from routing r join routing_step_drawing d on d.routing_id = r.id
				where r.item_id in (:items) and d.removed_at is null order by d.uploaded_at, d.id
				""").param("items", Set.copyOf(itemIds)).query(rs -> {
			drawings.computeIfAbsent(new Key(rs.getLong("item_id"), rs.getInt("step_no")), k -> new ArrayList<>())
				.add(drawing(rs));
		});
		Set<Key> keys = new HashSet<>(instructions.keySet());
		keys.addAll(parameters.keySet());
		keys.addAll(drawings.keySet());
		Map<Long, Map<Integer, StepSpec>> specs = new HashMap<>();
		for (Key key : keys) {
			specs.computeIfAbsent(key.itemId(), k -> new HashMap<>())
				.put(key.stepNo(), new StepSpec(instructions.get(key), parameters.getOrDefault(key, List.of()),
						drawings.getOrDefault(key, List.of())));
		}
		return specs;
	}

	private List<ParameterDefinition> definitions(long routingId, int stepNo) {
		return jdbc.sql("""
				select * from routing_step_parameter where routing_id = :routing and step_no = :step order by position
				""").param("routing", routingId).param("step", stepNo).query((rs, n) -> definition(rs)).list();
	}

	private void assertStep(long routingId, int stepNo) {
		boolean exists = jdbc
			.sql("select exists (select 1 from routing_step where routing_id = :routing and step_no = :step)")
			.param("routing", routingId)
			.param("step", stepNo)
			.query(Boolean.class)
			.single();
		if (!exists) {
			throw new NotFoundException("RoutingStep", routingId + "/" + stepNo);
		}
	}

	private static ParameterDefinition definition(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new ParameterDefinition(rs.getString("code"), rs.getString("name"), rs.getString("name_en"),
				rs.getString("unit"), plain(rs.getBigDecimal("min_value")), plain(rs.getBigDecimal("max_value")),
				rs.getBoolean("required"));
	}

	private static DrawingView drawing(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new DrawingView(rs.getLong("id"), rs.getString("file_name"), rs.getString("content_type"),
				rs.getLong("size_bytes"), rs.getString("uploaded_by"),
				rs.getObject("uploaded_at", OffsetDateTime.class).toInstant());
	}

	private static BigDecimal plain(BigDecimal value) {
		return value == null ? null : value.stripTrailingZeros();
	}
}
