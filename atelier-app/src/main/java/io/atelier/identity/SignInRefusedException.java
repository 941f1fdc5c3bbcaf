package io.atelier.identity;

/** Wrong user name or password, a disabled account, or a locked one; all answered 401. */
public class SignInRefusedException extends RuntimeException {

	private final boolean locked;

	SignInRefusedException(boolean locked) {
		super(locked ? "account locked" : "bad credentials");
		this.locked = locked;
	}

	public boolean locked() {
		return locked;
	}
}
