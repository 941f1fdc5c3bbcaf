package io.atelier.workforce.web;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.atelier.shared.masterdata.MasterDataController;
import io.atelier.shared.masterdata.NoFilter;
import io.atelier.workforce.Skills;
import io.atelier.workforce.Skills.SkillCommand;
import io.atelier.workforce.Skills.SkillView;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/skills")
@Tag(name = "Skills", description = "Skills (技能) that operations require and workers hold")
class SkillController extends MasterDataController<SkillView, SkillCommand, NoFilter> {

	private final Skills skills;

	SkillController(Skills skills) {
		this.skills = skills;
	}

	@Override
	protected Skills service() {
		return skills;
	}

	@Override
	protected String exportName() {
		return "skills";
	}
}
