package io.atelier.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AtelierUserDetailsService implements UserDetailsService {

	private final UserRepository users;

	AtelierUserDetailsService(UserRepository users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return users.findByUsernameIgnoreCase(username)
			.map(CurrentUser::of)
			.orElseThrow(() -> new UsernameNotFoundException(username));
	}
}
