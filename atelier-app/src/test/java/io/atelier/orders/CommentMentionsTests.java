package io.atelier.orders;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommentMentionsTests {

	@Test
	void aMentionIsAnAtSignBeforeAUserNameButNotInsideAnEmailAddress() {
		assertThat(CommentMentions.in("@wang.min 请看一下, cc @li_qiang. mail bob@example.com @@x @"))
			.containsExactly("wang.min", "li_qiang");
	}

	@Test
	void aNameMentionedTwiceIsOneMentionAndChineseTextAroundItDoesNotStopIt() {
		assertThat(CommentMentions.in("请@planner确认，@planner。")).containsExactly("planner");
	}
}
