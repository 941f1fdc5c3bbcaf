package io.atelier.identity;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who can be named in the application: the enabled staff users (every role but CUSTOMER), found by user name for
 * @mentions and searched for the mention autocomplete. Customers are never listed: they do not read internal comments.
 */
@Service
public class UserDirectory {

	private final JdbcClient jdbc;

	UserDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A user as others see them. */
	public record UserRef(long id, String username, String displayName) {
	}

	/** The enabled staff users with these user names (compared without regard to case); unknown names are left out. */
	@Transactional(readOnly = true)
	public List<UserRef> staffByUsernames(Collection<String> usernames) {
		if (usernames.isEmpty()) {
			return List.of();
		}
		List<String> lower = usernames.stream().map(name -> name.toLowerCase(Locale.ROOT)).distinct().toList();
		return jdbc.sql("""
				select u.id, u.username, u.display_name from app_user u
				 where lower(u.username) in (:names)
				   and u.enabled and exists (select 1 from app_user_role r where r.user_id = u.id and r.role <> 'CUSTOMER')
				 order by u.username
				""")
			.param("names", lower)
			.query((rs, n) -> new UserRef(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	/** Enabled staff users whose user name or display name contains the text, user names starting with it first. */
	@Transactional(readOnly = true)
	public List<UserRef> searchStaff(String text, int limit) {
		String q = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
		return jdbc.sql("""
				select u.id, u.username, u.display_name from app_user u
				 where (lower(u.username) like '%' || :q || '%' or lower(u.display_name) like '%' || :q || '%')
				   and u.enabled and exists (select 1 from app_user_role r where r.user_id = u.id and r.role <> 'CUSTOMER')
				 order by (lower(u.username) like :q || '%') desc, u.username
				 limit :limit
				""")
			.param("q", q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"))
			.param("limit", Math.max(1, Math.min(limit, 50)))
			.query((rs, n) -> new UserRef(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
	}
}
